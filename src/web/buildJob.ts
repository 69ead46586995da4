/**
 * A build in the page's worker, answered in stages so that the preview shows as soon as it can: the checks' findings,
 * then the file being previewed, then — when the page asks (the preview drawn, or a download) — the rest of the set
 * (every file, hashes, manifest.json). A newer build drops this one at its next stage: one build runs at a time, and
 * the clerk's last edit is never queued behind work nobody will see, nor shares the processor with it.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { assembleChecked, checkData, parseInputText, renderFindingsPage, type AssembledSet, type RenderedDocument } from '../core/index.js';
import { composeManifest, outputNames } from '../core/manifest.js';
import { UserError } from '../diagnostics/finding.js';
import { attachLocator, cellLocator, lineFinderOf, locateFindings, type LineFinder } from '../load/locate.js';
import { missingImages, namedImages } from './images.js';
import { WEB_MESSAGES as M } from './messages.js';
import type { BuildReply, DocumentEntry, PageFinding, WorkerRequest } from './protocol.js';
import { mapList } from '../mapList.js';

type BuildRequest = Extract<WorkerRequest, { type: 'build' }>;
/** A build's answer without what every answer carries. */
type Stage = BuildReply extends infer R ? (R extends { stage: string } ? Omit<R, 'id' | 'type' | 'ms'> : never) : never;

/** The newest build asked for; an older one stops at its next stage. */
let newest = 0;
/** Builds run one after another (two pdfkit documents are never made at once). */
let running: Promise<void> = Promise.resolve();
/** The newest build's set, previewed but not yet written in full: written when the page asks (complete). */
let unfinished: { id: number; finish: () => Promise<void>; drop: () => void } | undefined;

async function sha256(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return mapList([...digest], (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The line of the YAML text each finding is about, for the text pane to jump to: from the reading of the text that
 * the build made (`parsed`), or, when the text could not be read, from a reading of its own.
 */
export function withLines(findings: PageFinding[], name: string, text: string, parsed?: unknown): PageFinding[] {
  if (!/\.ya?ml$/i.test(name)) return findings;
  const lineOf = lineFinderOf(parsed) ?? linesOfText(text);
  return mapList(findings, (f) => {
    const line = lineOf(mapList(f.path.split('.'), (s) => (/^\d+$/.test(s) ? Number(s) : s)));
    return line === undefined ? f : { ...f, line };
  });
}

function linesOfText(text: string): LineFinder {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Lets messages already sent to the worker arrive (a newer build among them), then says whether this one is still wanted. */
async function stillWanted(id: number): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return id === newest;
}

/** One file of the set: what it is, and how to write it. */
interface Part {
  layout: AssembledSet['files'][number]['layout'];
  pages: number;
  write(): Uint8Array;
}

/** The set's files as the page lists them, the reviewer's findings page (when asked for) last. */
function partsOf(set: AssembledSet, extra: RenderedDocument | undefined): Part[] {
  const parts: Part[] = mapList(set.files, (f, i) => ({ ...f, write: () => new Uint8Array(set.write(i)) }));
  if (extra) parts.push({ ...extra, write: () => new Uint8Array(extra.bytes) });
  return parts;
}

function entriesOf(parts: Part[]): DocumentEntry[] {
  const names = outputNames(mapList(parts, (p) => p.layout.fileName));
  return mapList(parts, (p, i) => ({ key: `${p.layout.kind}:${p.layout.title}`, name: names[i], kind: p.layout.kind, title: p.layout.title, pages: p.pages }));
}

async function stages(request: BuildRequest, send: (stage: Stage) => void): Promise<void> {
  let findings: PageFinding[] = [];
  let data: unknown;
  let parsed: unknown;
  const failed = (e: unknown) => send(failedOf(e, request, findings, data, parsed));
  try {
    parsed = parseInputText(request.name, request.text);
    // Text read from a workbook names the workbook's cells, not its own lines (the text pane still jumps to the line).
    if (request.cells) attachLocator(parsed, cellLocator(new Map(request.cells)));
    data = structuredClone(parsed);
    const checked = checkData(parsed);
    findings = withLines([...locateFindings(missingImages(namedImages(data)), parsed), ...checked.findings], request.name, request.text, parsed);
    // Characters the font lacks stop the build, as in the CLI (--force does not override them).
    if (findings.some((f) => f.id === 'E_MISSING_GLYPH')) return send({ stage: 'failed', failure: M.missingGlyphs, findings, data, images: namedImages(data) });
    send({ stage: 'checked', findings, data, images: namedImages(data) });
    if (!(await stillWanted(request.id))) return send({ stage: 'superseded' });
    // Laid out, it is asked again before rendering: an edit typed meanwhile waits for one stage, not the whole build.
    const set = await assembleChecked(checked, { draft: request.draft }, () => stillWanted(request.id));
    if (!set) return send({ stage: 'superseded' });
    const parts = partsOf(set, request.withFindings ? await renderFindingsPage(checked) : undefined);
    const documents = entriesOf(parts);
    // Each file is written once, from the one assembly: the preview's now, the others when the page asks.
    const bytes: Uint8Array[] = [];
    const write = (i: number) => (bytes[i] ??= parts[i].write());
    const shown = Math.max(0, documents.findIndex((d) => d.key === request.show));
    send({ stage: 'preview', documents, file: { ...documents[shown], bytes: write(shown).slice() } });
    const finish = async () => {
      try {
        const pdfs = mapList(parts, (p, i) => ({ ...p.layout, pages: p.pages, bytes: write(i) }));
        const hashes = await Promise.all(mapList(pdfs, (p) => sha256(p.bytes)));
        const { text } = composeManifest(pdfs, hashes, { path: request.name, sha256: await sha256(request.text) });
        send({ stage: 'set', files: mapList(documents, (d, i) => ({ ...d, bytes: bytes[i] })), manifest: new TextEncoder().encode(text) });
      } catch (e) {
        failed(e);
      }
    };
    unfinished = { id: request.id, finish, drop: () => send({ stage: 'superseded' }) };
  } catch (e) {
    failed(e);
  }
}

function failedOf(e: unknown, request: BuildRequest, findings: PageFinding[], data: unknown, parsed: unknown): Stage {
  const failure = e instanceof UserError ? e.message : `${M.defect}${(e as Error).stack ?? e}`;
  const found = e instanceof UserError && e.findings.length ? withLines(e.findings, request.name, request.text, parsed) : findings;
  return { stage: 'failed', failure, findings: found, data, images: namedImages(data) };
}

/** Runs a build after the one running; `post` gets each stage's answer. */
export function build(request: BuildRequest, post: (reply: BuildReply) => void): Promise<void> {
  newest = request.id;
  unfinished?.drop();
  unfinished = undefined;
  const started = performance.now();
  const send = (stage: Stage) => post({ id: request.id, type: 'build', ms: Math.round(performance.now() - started), ...stage } as BuildReply);
  running = running.then(() => (request.id === newest ? stages(request, send) : send({ stage: 'superseded' })));
  return running;
}

/** Writes the rest of build `id`'s set, if it is still the newest and not written yet. */
export function complete(id: number): Promise<void> {
  running = running.then(() => {
    if (unfinished?.id !== id) return;
    const { finish } = unfinished;
    unfinished = undefined;
    return finish();
  });
  return running;
}
