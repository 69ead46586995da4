/** What the page and its build worker say to each other. */
import type { Finding } from '../diagnostics/finding.js';

/** A finding as the page shows it: with the line of the text pane it is about, when the input is YAML. */
export interface PageFinding extends Finding {
  line?: number;
}

export type WorkerRequest =
  | { id: number; type: 'build'; name: string; text: string; draft: boolean; withFindings: boolean }
  | { id: number; type: 'blank'; profile: string }
  | { id: number; type: 'profiles' }
  /** A workbook's bytes → the YAML text of its data (the workbook reader is loaded on first use). */
  | { id: number; type: 'readWorkbook'; name: string; bytes: Uint8Array }
  /** The input text → a file to save: .yaml, .json or .xlsx bytes. */
  | { id: number; type: 'save'; name: string; text: string; format: 'yaml' | 'json' | 'xlsx' };

export interface BuiltFile {
  name: string;
  kind: string;
  title: string;
  pages: number;
  bytes: Uint8Array;
}

export interface BuildReply {
  id: number;
  type: 'build';
  findings: PageFinding[];
  /** The parsed input (plain data), when the text could be read: what the form editor edits. */
  data?: unknown;
  /** The PDFs (combined first) and manifest.json, when the input could be built. */
  files?: BuiltFile[];
  manifest?: Uint8Array;
  /** Why nothing (or not everything) could be built: an unreadable input, missing glyphs, a defect. */
  failure?: string;
  ms: number;
}

export type WorkerReply =
  | BuildReply
  | { id: number; type: 'text'; text: string; failure?: string }
  | { id: number; type: 'bytes'; bytes?: Uint8Array; failure?: string }
  | { id: number; type: 'profiles'; profiles: { id: string; name: string; description: string }[] };
