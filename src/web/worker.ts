/**
 * The page's build worker: the core (src/core) with resources fetched from the site's own folder. Building off the
 * page's thread keeps typing and scrolling smooth while a report set renders.
 */
import { z } from 'zod';
import { isNode, LineCounter, parseDocument, stringify } from 'yaml';
import { usePrecompiled } from '../compose/handlebars.js';
import { checkData, loadProfile, parseInputText, profileIds, renderChecked, renderFindingsPage, useResources, type FontStyle, type Resources } from '../core/index.js';
import { composeManifest } from '../core/manifest.js';
import { engineProfileOf } from '../core/prepare.js';
import { blankInput } from '../convert/skeleton.js';
import { UserError } from '../diagnostics/finding.js';
import { blankProfileInput } from '../forms/blank.js';
import type { RenderedDocument } from '../render/index.js';
import { VERSION } from '../version.js';
import { WEB_MESSAGES as M } from './messages.js';
import { PRECOMPILED } from './precompiled.js';
import type { BuildReply, BuiltFile, PageFinding, WorkerReply, WorkerRequest } from './protocol.js';

// zod's fast path compiles code with new Function, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });
// So does Handlebars' compiler: the site's templates were compiled when the site was built.
usePrecompiled((source) => PRECOMPILED[source]);

const FONTS: Record<FontStyle, string> = { normal: 'NotoSansSC-Regular.ttf', bold: 'NotoSansSC-Bold.ttf' };

async function fetched(path: string): Promise<Response> {
  const response = await fetch(new URL(`./${path}`, self.location.href));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** Everything the core reads, fetched once: the core itself reads synchronously. */
async function siteResources(): Promise<Resources> {
  const { files } = (await (await fetched('templates/index.json')).json()) as { files: string[] };
  const texts = new Map(await Promise.all(files.map(async (n) => [n, await (await fetched(`templates/${n}`)).text()] as const)));
  const fonts = new Map(await Promise.all(Object.entries(FONTS).map(async ([style, n]) => [style, { name: n, bytes: new Uint8Array(await (await fetched(`fonts/${n}`)).arrayBuffer()) }] as const)));
  const coverage = ((await (await fetched('fonts/coverage.json')).json()) as { ranges: [number, number][] }).ranges;
  return {
    template: (name) => {
      const source = texts.get(name);
      if (source === undefined) throw new Error(`templates/${name}: not in the site`);
      return { file: `templates/${name}`, source };
    },
    templateList: (dir) => [...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]))].sort(),
    templateStamp: () => VERSION,
    font: (style) => fonts.get(style)!,
    coverage: () => coverage,
    image: (name) => {
      throw new UserError(M.noImages(name));
    },
  };
}

const ready = siteResources().then(useResources);

async function sha256(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The line of the YAML text each finding is about, for the text pane to jump to. */
function withLines(findings: PageFinding[], name: string, text: string): PageFinding[] {
  if (!/\.ya?ml$/i.test(name)) return findings;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return findings.map((f) => {
    const path = f.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return { ...f, line: lineCounter.linePos(node.range[0]).line };
    }
    return f;
  });
}

async function build(request: Extract<WorkerRequest, { type: 'build' }>): Promise<Omit<BuildReply, 'id' | 'ms' | 'type'>> {
  await ready;
  let findings: PageFinding[] = [];
  try {
    const data = parseInputText(request.name, request.text);
    const plain = structuredClone(data);
    const checked = checkData(data);
    findings = withLines(checked.findings, request.name, request.text);
    // Characters the font lacks stop the build, as in the CLI (--force does not override them).
    if (findings.some((f) => f.id === 'E_MISSING_GLYPH')) return { findings, data: plain, failure: M.missingGlyphs };
    const rendered: RenderedDocument[] = await renderChecked(checked, { draft: request.draft });
    if (request.withFindings) {
      const page = await renderFindingsPage(checked);
      if (page) rendered.push(page);
    }
    const pdfs = rendered.map((r) => ({ ...r.layout, bytes: r.bytes, pages: r.pages }));
    const hashes = await Promise.all(pdfs.map((p) => sha256(p.bytes)));
    const { names, text } = composeManifest(pdfs, hashes, { path: request.name, sha256: await sha256(request.text) });
    const files: BuiltFile[] = pdfs.map((p, i) => ({ name: names[i], kind: p.kind, title: p.title, pages: p.pages, bytes: new Uint8Array(p.bytes) }));
    return { findings, data: plain, files, manifest: new TextEncoder().encode(text) };
  } catch (e) {
    if (e instanceof UserError) return { findings: withLines(e.findings.length ? e.findings : findings, request.name, request.text), failure: e.message };
    return { findings, failure: `${M.defect}${(e as Error).stack ?? e}` };
  }
}

/** A blank input of a profile, as YAML text. */
async function blank(id: string): Promise<string> {
  await ready;
  const profile = engineProfileOf({ profile: id });
  return stringify(profile ? blankProfileInput(profile) : blankInput());
}

async function readWorkbookText(name: string, bytes: Uint8Array): Promise<string> {
  await ready;
  const { readWorkbook } = await import('../workbook/read.js');
  const { data } = await readWorkbook(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return stringify(data);
}

async function save(name: string, text: string, format: 'yaml' | 'json' | 'xlsx'): Promise<Uint8Array> {
  await ready;
  const data = parseInputText(name, text);
  if (format === 'yaml') return new TextEncoder().encode(stringify(data));
  if (format === 'json') return new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
  const profile = engineProfileOf(data);
  if (profile) return new Uint8Array(await (await import('../workbook/profile/write.js')).writeProfileWorkbook(profile, data));
  return new Uint8Array(await (await import('../workbook/write.js')).writeWorkbook(data));
}

function failureOf(e: unknown): string {
  return e instanceof UserError ? e.message : `${M.defect}${(e as Error).stack ?? e}`;
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  const { id } = request;
  switch (request.type) {
    case 'build': {
      const started = performance.now();
      return { id, type: 'build', ...(await build(request)), ms: Math.round(performance.now() - started) };
    }
    case 'blank':
      return blank(request.profile).then((text) => ({ id, type: 'text', text }), (e) => ({ id, type: 'text', text: '', failure: failureOf(e) }));
    case 'readWorkbook':
      return readWorkbookText(request.name, request.bytes).then((text) => ({ id, type: 'text', text }), (e) => ({ id, type: 'text', text: '', failure: failureOf(e) }));
    case 'save':
      return save(request.name, request.text, request.format).then((bytes) => ({ id, type: 'bytes', bytes }), (e) => ({ id, type: 'bytes', failure: failureOf(e) }));
    case 'profiles':
      await ready;
      return { id, type: 'profiles', profiles: profileIds().map((p) => ({ id: p, name: loadProfile(p).name, description: loadProfile(p).description })) };
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const reply = await answer(event.data);
  const transfer = reply.type === 'build' ? (reply.files ?? []).map((f) => f.bytes.buffer as ArrayBuffer) : [];
  (self as unknown as Worker).postMessage(reply, transfer);
};
