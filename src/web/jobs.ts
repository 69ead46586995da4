/** What the build worker does, with the core: build, blank inputs, workbooks in and out, the profiles. */
import { isNode, LineCounter, parseDocument, stringify } from 'yaml';
import { usePrecompiled } from '../compose/handlebars.js';
import { checkData, loadProfile, parseInputText, profileIds, renderChecked, renderFindingsPage } from '../core/index.js';
import { composeManifest } from '../core/manifest.js';
import { engineProfileOf } from '../core/prepare.js';
import { blankInput } from '../convert/skeleton.js';
import { UserError } from '../diagnostics/finding.js';
import { blankProfileInput } from '../forms/blank.js';
import type { RenderedDocument } from '../render/index.js';
import { WEB_MESSAGES as M } from './messages.js';
import { PRECOMPILED } from './precompiled.js';
import type { BuildReply, BuiltFile, PageFinding, WorkerReply, WorkerRequest } from './protocol.js';

// Handlebars' compiler needs eval, which the page's Content-Security-Policy forbids: the site's templates were
// compiled when the site was built.
usePrecompiled((source) => PRECOMPILED[source]);

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
  const profile = engineProfileOf({ profile: id });
  return stringify(profile ? blankProfileInput(profile) : blankInput());
}

async function readWorkbookText(name: string, bytes: Uint8Array): Promise<string> {
  const { readWorkbook } = await import('../workbook/read.js');
  const { data } = await readWorkbook(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return stringify(data);
}

async function save(name: string, text: string, format: 'yaml' | 'json' | 'xlsx'): Promise<Uint8Array> {
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

export async function answer(request: WorkerRequest): Promise<WorkerReply> {
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
          return { id, type: 'profiles', profiles: profileIds().map((p) => ({ id: p, name: loadProfile(p).name, description: loadProfile(p).description })) };
  }
}
