/**
 * The page: open or start an input, edit it (the YAML text pane, or a registered form editor), see the findings and
 * the PDF preview refreshed shortly after typing stops, download the PDFs. Everything runs here and in the build
 * worker; nothing is sent anywhere.
 */
import { DEFAULT_PROFILE } from '../core/defaultProfile.js';
import { registeredEditor, type EditorState } from './api.js';
import { BuildClient } from './client.js';
import { saveFile, zipOf } from './download.js';
import { WEB_MESSAGES as M } from './messages.js';
import { Preview } from './preview.js';
import type { BuildReply, BuiltFile, PageFinding } from './protocol.js';
import { clearWork, loadWork, saveWork, type Work } from './storage.js';

const REBUILD_AFTER_MS = 300;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const client = new BuildClient();
const text = $<HTMLTextAreaElement>('text');
const status = $('status');
let work: Work = loadWork() ?? { name: 'jixiao-input.yaml', text: '' };
let last: BuildReply | undefined;
/** The files in the preview: the last build that gave any. */
let shown: BuiltFile[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let building: Promise<void> | undefined;
let again = false;
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

function showFindings(reply: BuildReply): void {
  const list = $('findingList');
  const findings = ordered(reply.findings);
  const errors = findings.filter((f) => f.level === 'error').length;
  $('counts').textContent = findings.length ? M.counts(errors, findings.length - errors) : M.noFindings;
  const failure = $('failure');
  failure.hidden = !reply.failure;
  failure.textContent = reply.failure ?? '';
  list.replaceChildren(
    ...findings.map((f) => {
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
  if (focusListeners.size) {
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

const preview = new Preview($<HTMLCanvasElement>('canvas'), (page, pages) => {
  $('pageNo').textContent = pages ? M.page(page, pages) : M.noPreview;
});

/** The built files in the document list and the preview. A build that gave none keeps the last preview, marked stale. */
function showDocuments(reply: BuildReply): void {
  const files = reply.files ?? [];
  $<HTMLButtonElement>('zip').disabled = !files.length;
  $<HTMLButtonElement>('single').disabled = !files.length;
  $('preview').classList.toggle('stale', !files.length);
  if (!files.length) return;
  shown = files;
  const select = $<HTMLSelectElement>('document');
  const keep = select.selectedOptions[0]?.dataset.kind;
  select.replaceChildren(...files.map((f, i) => Object.assign(new Option(f.title || f.name, String(i)), { title: f.name })));
  for (const [i, f] of files.entries()) (select.options[i] as HTMLOptionElement).dataset.kind = `${f.kind}:${f.title}`;
  const index = files.findIndex((f) => `${f.kind}:${f.title}` === keep);
  select.value = String(Math.max(0, index));
  void preview.show(files[Number(select.value)].bytes);
}

/** The profile list follows the input: 新建 then starts the kind of input being worked on. */
function followProfile(data: unknown): void {
  const id = (data as { profile?: unknown } | undefined)?.profile;
  const select = $<HTMLSelectElement>('profile');
  const wanted = typeof id === 'string' ? id : data === undefined ? undefined : DEFAULT_PROFILE;
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
}

async function rebuild(): Promise<void> {
  if (building) {
    again = true;
    return;
  }
  status.textContent = M.building;
  building = (async () => {
    const reply = await client.ask<'build'>({ type: 'build', name: work.name, text: work.text, draft: $<HTMLInputElement>('draft').checked, withFindings: $<HTMLInputElement>('withFindings').checked });
    last = reply;
    showFindings(reply);
    showDocuments(reply);
    followProfile(reply.data);
    const previewed = $<HTMLSelectElement>('document').options.length > 0;
    status.textContent = reply.files ? M.built(reply.files.length, reply.ms) : previewed ? M.stale : '';
    document.body.dataset.built = String(Number(document.body.dataset.built ?? 0) + 1);
    for (const l of listeners) l(stateOf());
  })();
  await building;
  building = undefined;
  if (again) {
    again = false;
    await rebuild();
  }
}

function stateOf(): EditorState {
  return { input: last?.data, findings: ordered(last?.findings ?? []) };
}

/** New text for the input (typed, opened, or from the form editor): stored at once, rebuilt when typing stops. */
function setText(value: string, name = work.name, immediately = false): void {
  work = { name, text: value };
  if (text.value !== value) text.value = value;
  saveWork(work);
  clearTimeout(timer);
  timer = setTimeout(() => void rebuild(), immediately ? 0 : REBUILD_AFTER_MS);
}

async function openFile(file: File): Promise<void> {
  const name = file.name;
  if (/\.xlsx$/i.test(name)) {
    const reply = await client.ask<'text'>({ type: 'readWorkbook', name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (reply.failure) return void (status.textContent = reply.failure);
    return setText(reply.text, name.replace(/\.xlsx$/i, '.yaml'), true);
  }
  if (!/\.(ya?ml|json)$/i.test(name)) return void (status.textContent = M.unsupported(name));
  setText(await file.text(), name, true);
}

async function openExample(): Promise<void> {
  const response = await fetch(new URL('./example.yaml', document.baseURI));
  setText(await response.text(), 'example.yaml', true);
}

async function startBlank(): Promise<void> {
  if (work.text && !confirm(M.confirmBlank)) return;
  clearWork();
  const profile = $<HTMLSelectElement>('profile').value;
  const reply = await client.ask<'text'>({ type: 'blank', profile });
  setText(reply.text, `${profile}.yaml`, true);
}

async function saveData(): Promise<void> {
  const format = $<HTMLSelectElement>('saveFormat').value as 'yaml' | 'json' | 'xlsx';
  const reply = await client.ask<'bytes'>({ type: 'save', name: work.name, text: work.text, format });
  if (!reply.bytes) return void (status.textContent = reply.failure ?? '');
  const base = work.name.replace(/\.(ya?ml|json|xlsx)$/i, '');
  const types = { yaml: 'application/yaml', json: 'application/json', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  saveFile(`${base}.${format}`, reply.bytes, types[format]);
}

function downloadZip(): void {
  if (!last?.files?.length || !last.manifest) return;
  saveFile(`${last.files[0].name.replace(/\.pdf$/i, '')}.zip`, zipOf(last.files, last.manifest), 'application/zip');
}

function downloadSingle(): void {
  const file = last?.files?.[Number($<HTMLSelectElement>('document').value)];
  if (file) saveFile(file.name, file.bytes, 'application/pdf');
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
  const host = $('editor');
  host.replaceChildren();
  mount(host, {
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
  profiles.replaceChildren(...reply.profiles.map((p) => Object.assign(new Option(p.name, p.id), { title: p.description })));
  profiles.value = DEFAULT_PROFILE;
  $('file').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void openFile(file);
    (e.target as HTMLInputElement).value = '';
  });
  $('example').addEventListener('click', () => void openExample());
  $('blank').addEventListener('click', () => void startBlank());
  $('saveData').addEventListener('click', () => void saveData());
  $('zip').addEventListener('click', downloadZip);
  $('single').addEventListener('click', downloadSingle);
  $('document').addEventListener('change', () => void preview.show(shown[Number($<HTMLSelectElement>('document').value)]?.bytes));
  $('prev').addEventListener('click', () => preview.turn(-1));
  $('next').addEventListener('click', () => preview.turn(1));
  for (const id of ['draft', 'withFindings']) $(id).addEventListener('change', () => void rebuild());
  text.addEventListener('input', () => setText(text.value));
  wireDrop();
  mountEditor();
  if (work.text) setText(work.text, work.name, true);
  else {
    const blank = await client.ask<'text'>({ type: 'blank', profile: $<HTMLSelectElement>('profile').value });
    setText(blank.text, work.name, true);
  }
}

void start();
