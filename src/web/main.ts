/**
 * The page: open or start an input, edit it (the YAML text pane, or a registered form editor), see the findings and
 * the PDF preview refreshed shortly after typing stops, download the PDFs. Everything runs here and in the build
 * worker; nothing is sent anywhere.
 */
import { DEFAULT_PROFILE } from '../core/defaultProfile.js';
import { decodeText } from '../load/text.js';
import { registeredEditor, type EditorState } from './api.js';
import { BuildClient } from './client.js';
import { saveFile, zipOf } from './download.js';
import { WEB_MESSAGES as M } from './messages.js';
import { ImagePanel } from './imagePanel.js';
import { Preview } from './preview.js';
import type { BuildReply, BuiltFile, Cells, DocumentEntry, NamedImage, PageFinding } from './protocol.js';
import { clearWork, loadWork, saveWork, type Work } from './storage.js';
// The form editor registers itself (its code is fetched when the page mounts it).
import './editor/page.js';
import { mapList } from '../mapList.js';

/**
 * Typing stopped this long: check and rebuild. A build started too early costs little — the worker drops it at its
 * next stage when a newer one comes, and the checks' findings come first — so the pause is short.
 */
const REBUILD_AFTER_MS = 200;

/** A build's files, all written, with manifest.json: what the downloads take. */
interface BuiltSet {
  id: number;
  files: BuiltFile[];
  manifest: Uint8Array;
}
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const client = new BuildClient();
const text = $<HTMLTextAreaElement>('text');
const status = $('status');
let work: Work = loadWork() ?? { name: 'jixiao-input.yaml', text: '' };
/** What the newest build's checks found, and what the input was read as. */
let last: { findings: PageFinding[]; data?: unknown } = { findings: [] };
/** The newest build asked for: answers of older ones are dropped (the worker drops their work too). */
let current = 0;
/** The newest build could not be completed: nothing to download until the input is corrected. */
let failed = false;
/** The current build's set once written; until then a download waits for it, never taking an older one. */
let set: BuiltSet | undefined;
const setWaiters: ((set: BuiltSet | undefined) => void)[] = [];
/** The file the preview shows (`kind:title`): the document list's choice once its bytes are here. */
let shownKey: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<(state: EditorState) => void>();
const focusListeners = new Set<(path: string) => void>();

function fillTexts(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = M[el.dataset.text as keyof typeof M] as string;
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) el.setAttribute('aria-label', M[el.dataset.label as keyof typeof M] as string);
}

/** Findings as the panel lists them: errors first, then warnings, each in the checks' order. */
function ordered(findings: readonly PageFinding[]): PageFinding[] {
  return [...findings.filter((f) => f.level === 'error'), ...findings.filter((f) => f.level !== 'error')];
}

function showFindings(found: readonly PageFinding[], failed?: string): void {
  const list = $('findingList');
  const findings = ordered(found);
  const errors = findings.filter((f) => f.level === 'error').length;
  $('counts').textContent = findings.length ? M.counts(errors, findings.length - errors) : M.noFindings;
  const failure = $('failure');
  failure.hidden = !failed;
  failure.textContent = failed ?? '';
  list.replaceChildren(
    ...mapList(findings, (f) => {
      const li = document.createElement('li');
      li.className = f.level;
      li.tabIndex = 0;
      li.dataset.path = f.path;
      li.dataset.id = f.id;
      const head = document.createElement('div');
      const level = document.createElement('span');
      level.className = 'level';
      level.textContent = f.level === 'error' ? M.error : M.warning;
      head.append(level, f.message);
      const where = document.createElement('div');
      where.className = 'where';
      where.textContent = [f.where, f.hint ?? ''].filter(Boolean).join(' · ');
      li.append(head, where);
      const go = () => focusFinding(f);
      li.addEventListener('click', go);
      li.addEventListener('keydown', (e) => e.key === 'Enter' && go());
      return li;
    }),
  );
}

/** Takes the clerk to the finding's field: the form editor's, or the text pane's line. */
function focusFinding(f: PageFinding): void {
  if (focusListeners.size && !$('forms').hidden) {
    for (const l of focusListeners) l(f.path);
    return;
  }
  if (!f.line) return;
  const lines = text.value.split('\n');
  const start = lines.slice(0, f.line - 1).reduce((n, l) => n + l.length + 1, 0);
  text.focus();
  text.setSelectionRange(start, start + (lines[f.line - 1]?.length ?? 0));
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (f.line - 4) * lineHeight);
}

const images = new ImagePanel($('images'), (kept) => {
  client.tell({ type: 'images', images: kept });
  rebuild();
});

const preview = new Preview($<HTMLCanvasElement>('canvas'), (page, pages) => {
  $('pageNo').textContent = pages ? M.page(page, pages) : M.noPreview;
});

const documentList = () => $<HTMLSelectElement>('document');
const selectedKey = () => documentList().selectedOptions[0]?.dataset.key;

function showFile(file: BuiltFile): Promise<void> {
  shownKey = file.key;
  return preview.show(file.bytes);
}

/** Asks for the rest of the current build's set: after the preview is drawn (so they never share the processor), or at once for a download. */
function completeSet(): void {
  if (set?.id !== current && !failed) client.tell({ type: 'complete', build: current });
}

/** A build's files in the document list (the choice kept by document), and the file previewed first. */
function showDocuments(documents: DocumentEntry[], file: BuiltFile): void {
  $<HTMLButtonElement>('zip').disabled = false;
  $<HTMLButtonElement>('single').disabled = false;
  $('preview').classList.remove('stale');
  const select = documentList();
  const keep = selectedKey() ?? file.key;
  select.replaceChildren(...mapList(documents, (f, i) => Object.assign(new Option(f.title || f.name, String(i)), { title: f.name })));
  for (const [i, f] of documents.entries()) (select.options[i] as HTMLOptionElement).dataset.key = f.key;
  select.value = String(Math.max(0, documents.findIndex((f) => f.key === keep)));
  // The clerk may have chosen another file while this one was built: it comes with the set.
  if (file.key === selectedKey()) void showFile(file).finally(completeSet);
  else completeSet();
}

/** A build that gave no PDFs keeps the last preview, marked stale, and nothing to download. */
function showNoDocuments(): void {
  $<HTMLButtonElement>('zip').disabled = true;
  $<HTMLButtonElement>('single').disabled = true;
  $('preview').classList.add('stale');
}

/** The current build's set is written: the file chosen meanwhile is shown, waiting downloads go ahead. */
function setReady(ready: BuiltSet | undefined): void {
  set = ready;
  const chosen = ready?.files.find((f) => f.key === selectedKey());
  if (chosen && chosen.key !== shownKey) void showFile(chosen);
  for (const waiter of setWaiters.splice(0)) waiter(ready);
}

/** The set of what the clerk sees now: text typed but not yet built is built first. Undefined if it cannot be built. */
function currentSet(): Promise<BuiltSet | undefined> {
  if (timer !== undefined) rebuild();
  if (set?.id === current) return Promise.resolve(set);
  if (failed) return Promise.resolve(undefined);
  completeSet();
  status.textContent = M.preparing;
  return new Promise((resolve) => setWaiters.push(resolve)).then((ready) => {
    if (status.textContent === M.preparing) status.textContent = '';
    return ready as BuiltSet | undefined;
  });
}

/** The profile list follows the input: 新建 then starts the kind of input being worked on. */
function followProfile(data: unknown): void {
  const id = (data as { profile?: unknown } | undefined)?.profile;
  const select = $<HTMLSelectElement>('profile');
  const wanted = typeof id === 'string' ? id : data === undefined ? undefined : DEFAULT_PROFILE;
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
}

/** Checks and builds the text as it is now; a build already under way is dropped by the worker at its next stage. */
function rebuild(): void {
  clearTimeout(timer);
  timer = undefined;
  status.textContent = M.building;
  set = undefined;
  failed = false;
  const request = { type: 'build', name: work.name, text: work.text, cells: work.cells, draft: $<HTMLInputElement>('draft').checked, withFindings: $<HTMLInputElement>('withFindings').checked, show: selectedKey() } as const;
  current = client.build(request, (reply) => reply.id === current && answered(reply));
}

function checked(findings: PageFinding[], data: unknown, named: NamedImage[], failure?: string): void {
  last = { findings, data };
  showFindings(findings, failure);
  images.show(named);
  followProfile(data);
  for (const l of listeners) l(stateOf());
}

/** Counts the builds the page has finished showing (tests and the benchmark wait on it). */
function finished(): void {
  document.body.dataset.built = String(Number(document.body.dataset.built ?? 0) + 1);
}

function answered(reply: BuildReply): void {
  switch (reply.stage) {
    case 'checked':
      return checked(reply.findings, reply.data, reply.images);
    case 'preview':
      showDocuments(reply.documents, reply.file);
      status.textContent = M.built(reply.documents.length, reply.ms);
      return finished();
    case 'set':
      return setReady({ id: reply.id, files: reply.files, manifest: reply.manifest });
    case 'failed':
      checked(reply.findings, reply.data, reply.images, reply.failure);
      failed = true;
      showNoDocuments();
      status.textContent = documentList().options.length > 0 ? M.stale : '';
      setReady(undefined);
      return finished();
  }
}

function stateOf(): EditorState {
  return { input: last.data, findings: ordered(last.findings) };
}

/**
 * New text for the input (typed, or from the form editor): stored at once, rebuilt when typing stops. Edits keep the
 * cells of the workbook it was read from; `opened` replaces the input, with its own cells or none.
 */
function setText(value: string, name = work.name, immediately = false, opened?: { cells?: Cells }): void {
  const cells = opened ? opened.cells : work.cells;
  work = { name, text: value, ...(cells ? { cells } : {}) };
  if (text.value !== value) text.value = value;
  saveWork(work);
  clearTimeout(timer);
  timer = setTimeout(rebuild, immediately ? 0 : REBUILD_AFTER_MS);
}

async function openFile(file: File): Promise<void> {
  const name = file.name;
  if (/\.xlsx$/i.test(name)) {
    const reply = await client.ask<'text'>({ type: 'readWorkbook', name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (reply.failure) return void (status.textContent = reply.failure);
    return setText(reply.text, name.replace(/\.xlsx$/i, '.yaml'), true, { cells: reply.cells });
  }
  if (/\.png$/i.test(name) && (await images.addByFileName(file))) return;
  if (!/\.(ya?ml|json)$/i.test(name)) return void (status.textContent = M.unsupported(name));
  // As the command line reads it: a file in GBK is refused by name, not shown and built as replacement characters.
  let text: string;
  try {
    text = decodeText(name, new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    return void (status.textContent = (e as Error).message);
  }
  setText(text, name, true, {});
}

async function openExample(): Promise<void> {
  const response = await fetch(new URL('./example.yaml', document.baseURI));
  setText(await response.text(), 'example.yaml', true, {});
}

async function startBlank(): Promise<void> {
  if (work.text && !confirm(M.confirmBlank)) return;
  clearWork();
  client.tell({ type: 'images', images: await images.clear() });
  const profile = $<HTMLSelectElement>('profile').value;
  const reply = await client.ask<'text'>({ type: 'blank', profile });
  setText(reply.text, `${profile}.yaml`, true, {});
}

async function saveData(): Promise<void> {
  const format = $<HTMLSelectElement>('saveFormat').value as 'yaml' | 'json' | 'xlsx';
  const reply = await client.ask<'bytes'>({ type: 'save', name: work.name, text: work.text, format });
  if (!reply.bytes) return void (status.textContent = reply.failure ?? '');
  const base = work.name.replace(/\.(ya?ml|json|xlsx)$/i, '');
  const types = { yaml: 'application/yaml', json: 'application/json', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  saveFile(`${base}.${format}`, reply.bytes, types[format]);
}

async function downloadZip(): Promise<void> {
  const ready = await currentSet();
  if (ready) saveFile(`${ready.files[0].name.replace(/\.pdf$/i, '')}.zip`, zipOf(ready.files, ready.manifest), 'application/zip');
}

async function downloadSingle(): Promise<void> {
  const key = selectedKey();
  const file = (await currentSet())?.files.find((f) => f.key === key);
  if (file) saveFile(file.name, file.bytes, 'application/pdf');
}

/** The clerk chose another file: shown from the current set, or as soon as the set is written. */
function chooseDocument(): void {
  const file = set?.id === current ? set.files.find((f) => f.key === selectedKey()) : undefined;
  if (file) void showFile(file);
  else completeSet();
}

function wireDrop(): void {
  const drop = $('drop');
  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    drop.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    if (--depth <= 0) drop.hidden = true;
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    drop.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
}

function mountEditor(): void {
  const mount = registeredEditor();
  if (!mount) return;
  // The forms beside the text pane, one shown at a time (表格 | 文本); a finding goes to the one shown.
  const forms = document.createElement('div');
  forms.id = 'forms';
  $('editor').append(forms);
  const show = (view: 'forms' | 'text') => {
    forms.hidden = view !== 'forms';
    text.hidden = view === 'forms';
    $('viewForms').setAttribute('aria-pressed', String(view === 'forms'));
    $('viewText').setAttribute('aria-pressed', String(view === 'text'));
    document.querySelector('main')!.classList.toggle('wide', view === 'forms');
  };
  $('views').hidden = false;
  $('viewForms').addEventListener('click', () => show('forms'));
  $('viewText').addEventListener('click', () => show('text'));
  show('forms');
  mount(forms, {
    state: stateOf,
    setInput: (data) => setText(toYaml(data), work.name.replace(/\.json$/i, '.yaml')),
    onChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    onFocusField: (l) => (focusListeners.add(l), () => focusListeners.delete(l)),
  });
}

/** The form editor's data as the text the page keeps (JSON is valid YAML, so the pane and storage keep one form). */
function toYaml(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

async function start(): Promise<void> {
  fillTexts();
  $('pageNo').textContent = M.noPreview;
  const reply = await client.ask<'profiles'>({ type: 'profiles' });
  const profiles = $<HTMLSelectElement>('profile');
  profiles.replaceChildren(...mapList(reply.profiles, (p) => Object.assign(new Option(p.name, p.id), { title: p.description })));
  profiles.value = DEFAULT_PROFILE;
  $('file').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void openFile(file);
    (e.target as HTMLInputElement).value = '';
  });
  $('example').addEventListener('click', () => void openExample());
  $('blank').addEventListener('click', () => void startBlank());
  $('saveData').addEventListener('click', () => void saveData());
  $('zip').addEventListener('click', () => void downloadZip());
  $('single').addEventListener('click', () => void downloadSingle());
  $('document').addEventListener('change', chooseDocument);
  $('prev').addEventListener('click', () => preview.turn(-1));
  $('next').addEventListener('click', () => preview.turn(1));
  for (const id of ['draft', 'withFindings']) $(id).addEventListener('change', rebuild);
  // An input method's composition (pinyin not yet turned into characters) is not the clerk's text: it is built once
  // committed, as the forms do.
  text.addEventListener('input', (e) => (e as InputEvent).isComposing || setText(text.value));
  text.addEventListener('compositionend', () => setText(text.value));
  wireDrop();
  mountEditor();
  client.tell({ type: 'images', images: await images.load() });
  if (work.text) setText(work.text, work.name, true);
  else {
    const blank = await client.ask<'text'>({ type: 'blank', profile: $<HTMLSelectElement>('profile').value });
    setText(blank.text, work.name, true, {});
  }
}

void start();
