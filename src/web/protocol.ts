/** What the page and its build worker say to each other. */
import type { Finding } from '../diagnostics/finding.js';

/** A finding as the page shows it: with the line of the text pane it is about, when the input is YAML. */
export interface PageFinding extends Finding {
  line?: number;
}

/**
 * The workbook cell of each data path (pathKey → "基础数据表!C9"), for text read from a workbook: its findings then
 * name the sheet and cell, as the CLI's do for that workbook.
 */
export type Cells = [string, string][];

export type WorkerRequest =
  /**
   * Check and build; answered in stages (BuildReply), the preview's file first. `show` names the document to preview
   * (`kind:title`, as DocumentEntry.key); a newer build makes the worker drop this one at its next stage.
   */
  | { id: number; type: 'build'; name: string; text: string; cells?: Cells; draft: boolean; withFindings: boolean; show?: string }
  /** Write the rest of build `build`'s set (after its preview): answered by that build's `set` stage, if still current. */
  | { id: number; type: 'complete'; build: number }
  /** The signature and seal images the clerk added, by the names the input gives them (kept until the next such request). */
  | { id: number; type: 'images'; images: Record<string, Uint8Array> }
  | { id: number; type: 'blank'; profile: string }
  | { id: number; type: 'profiles' }
  /** A workbook's bytes → the YAML text of its data and the cells it was read from (the workbook reader is loaded on first use). */
  | { id: number; type: 'readWorkbook'; name: string; bytes: Uint8Array }
  /** The input text → a file to save: .yaml, .json or .xlsx bytes. */
  | { id: number; type: 'save'; name: string; text: string; format: 'yaml' | 'json' | 'xlsx' };

/** An image file the input names (contacts.images): its field, and the name the clerk adds a file under. */
export interface NamedImage {
  path: string;
  name: string;
  /** The field in the clerk's terms ("单位印章图片"). */
  field: string;
}

/** One file of a built set, as the document list shows it. */
export interface DocumentEntry {
  /** `kind:title`: the same document across builds. */
  key: string;
  name: string;
  kind: string;
  title: string;
  pages: number;
}

export interface BuiltFile extends DocumentEntry {
  bytes: Uint8Array;
}

/**
 * A build's answers, in order: `checked` (findings, and what the input was read as), then `preview` (the list of files
 * and the bytes of the one to show), then, once the page sends `complete`, `set` (every file and manifest.json). `failed` ends a build
 * that could not be completed; `superseded` one dropped for a newer build.
 */
export type BuildReply = { id: number; type: 'build'; ms: number } & (
  | { stage: 'checked'; findings: PageFinding[]; data?: unknown; images: NamedImage[] }
  | { stage: 'preview'; documents: DocumentEntry[]; file: BuiltFile }
  | { stage: 'set'; files: BuiltFile[]; manifest: Uint8Array }
  /** Why nothing (or not everything) could be built: an unreadable input, missing glyphs, a defect. */
  | { stage: 'failed'; failure: string; findings: PageFinding[]; data?: unknown; images: NamedImage[] }
  | { stage: 'superseded' }
);

/** The build stages after which nothing more comes for that build. */
export const FINAL_STAGES: ReadonlySet<string> = new Set(['set', 'failed', 'superseded']);

export type WorkerReply =
  | BuildReply
  | { id: number; type: 'text'; text: string; cells?: Cells; failure?: string }
  | { id: number; type: 'bytes'; bytes?: Uint8Array; failure?: string }
  | { id: number; type: 'profiles'; profiles: { id: string; name: string; description: string }[] };
