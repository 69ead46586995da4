/**
 * The page's interface for a form editor (src/web/editor/): the page owns the input (kept as YAML text, stored,
 * rebuilt after typing stops); an editor shows it as forms, reports edits with setInput, and hears of every
 * rebuild and of the finding the clerk clicked. An editor registers itself once; the page mounts it into
 * <section id="editor"> in place of the text pane.
 */
import type { PageFinding } from './protocol.js';

export type { PageFinding };

export interface EditorState {
  /** The current input as plain data; undefined while the text cannot be read (a syntax error). */
  input: unknown;
  /** The checks' findings of that input, errors first; `path` is the field's data path ("basicData.staffing.controlRate"). */
  findings: readonly PageFinding[];
}

export interface EditorHost {
  state(): EditorState;
  /** The editor changed the input: the page writes it back as text, stores it and rebuilds shortly after. */
  setInput(data: unknown): void;
  /** Called after every check with the new state; returns a function that stops it. */
  onChange(listener: (state: EditorState) => void): () => void;
  /** Called when the clerk clicks a finding: scroll to the field at `path` and mark it. */
  onFocusField(listener: (path: string) => void): () => void;
}

/** Mounts an editor into `element`; returns what unmounts it. */
export type MountEditor = (element: HTMLElement, host: EditorHost) => () => void;

let registered: MountEditor | undefined;

/** Called by the editor module when it is imported (src/web/main.ts imports it). */
export function registerEditor(mount: MountEditor): void {
  registered = mount;
}

export function registeredEditor(): MountEditor | undefined {
  return registered;
}
