/** The editor's look: forms as ruled tables like the paper forms, inputs filling their cells. */
export const EDITOR_CSS = `
.jx-editor { font: 14px/1.45 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Jixiao Noto Sans SC", "Noto Sans SC", sans-serif; color: #1d1d1f; }
.jx-editor nav.jx-sheets { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0 0 12px; }
.jx-editor nav.jx-sheets a { color: #0b57d0; text-decoration: none; }
.jx-editor nav.jx-sheets a:focus, .jx-editor nav.jx-sheets a:hover { text-decoration: underline; }
.jx-editor section.jx-sheet { margin: 0 0 32px; content-visibility: auto; contain-intrinsic-size: auto 900px; }
.jx-editor h2 { font-size: 18px; text-align: center; margin: 8px 0 2px; }
.jx-editor .jx-subtitle { text-align: center; margin: 0 0 6px; font-size: 13px; }
.jx-editor .jx-doc-actions { display: flex; justify-content: flex-end; gap: 6px; margin: 0 0 6px; }
.jx-editor table.jx-form { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 -1px; }
.jx-editor table.jx-form td, .jx-editor table.jx-form th { border: 1px solid #444; padding: 0; vertical-align: middle; font-weight: normal; overflow-wrap: anywhere; }
.jx-editor table.jx-form th { background: #eef1f5; font-weight: 600; padding: 3px 4px; text-align: center; }
.jx-editor table.jx-form td.jx-text { padding: 3px 4px; }
.jx-editor table.jx-form th.jx-left, .jx-editor table.jx-form td.jx-left { text-align: left; }
.jx-editor table.jx-form td.jx-actions { border: none; background: none; text-align: left; padding-left: 6px; white-space: nowrap; }
.jx-editor table.jx-plain td { border: none; padding: 6px 4px; }
.jx-editor .jx-caption { font-size: 13px; font-weight: 600; margin: 12px 0 4px; }
.jx-editor input, .jx-editor textarea, .jx-editor select { box-sizing: border-box; width: 100%; border: none; background: #fffdf2; font: inherit; padding: 3px 4px; margin: 0; color: inherit; display: block; }
.jx-editor textarea { resize: vertical; field-sizing: content; min-height: 1.9em; }
.jx-editor .jx-mixed input { display: inline-block; width: auto; min-width: 8em; field-sizing: content; border-bottom: 1px solid #888; }
.jx-editor .jx-mixed input.jx-number { min-width: 5em; }
.jx-editor .jx-inline { display: inline-block; vertical-align: baseline; }
.jx-editor .jx-inline .jx-message { display: block; }
.jx-editor .jx-caption-line { display: flex; justify-content: space-between; gap: 12px; font-size: 13px; margin: 0 0 4px; }
.jx-editor .jx-report-code { text-align: right; font-size: 13px; margin: 0; }
.jx-editor :is(.jx-caption-line, .jx-report-code).jx-beside-actions { width: 89%; }
.jx-editor td.jx-computed { position: relative; }
.jx-editor td.jx-computed .jx-auto { position: absolute; left: 2px; top: 1px; font-size: 9px; line-height: 1; color: #6b7280; pointer-events: none; }
.jx-editor td.jx-computed .jx-auto-right { left: auto; right: 2px; }
.jx-editor .jx-prefixed { display: flex; align-items: baseline; }
.jx-editor .jx-prefix { padding: 3px 0 3px 4px; white-space: nowrap; background: #fffdf2; align-self: stretch; }
.jx-editor .jx-after { font-size: 12px; color: #6b7280; text-align: center; padding: 0 4px 2px; }
.jx-editor .jx-auto-inline { font-size: 9px; color: #6b7280; vertical-align: super; margin: 0 2px; }
.jx-editor .jx-attachment { font-size: 15px; font-weight: 600; margin: 8px 0 0; }
.jx-editor table.jx-form td.jx-bold { font-weight: 600; }
.jx-editor table.jx-form th .jx-note { white-space: nowrap; }
.jx-editor input.jx-number { text-align: right; font-variant-numeric: tabular-nums; }
/* A list of fields (a label, then its value across the rest of the width): a number beside its label, as a text is, not
   at the far end of a wide cell, where a narrow window scrolls it out of sight. */
.jx-editor table.jx-fields input.jx-number { text-align: left; }
.jx-editor input:focus, .jx-editor textarea:focus, .jx-editor select:focus { outline: 2px solid #0b57d0; outline-offset: -2px; background: #fff; }
.jx-editor td.jx-computed input::placeholder, .jx-editor td.jx-computed textarea::placeholder { color: #6b7280; opacity: 1; }
.jx-editor td.jx-computed input, .jx-editor td.jx-computed textarea, .jx-editor .jx-inline.jx-computed input { background: #f3f4f6; }
.jx-editor .jx-inline.jx-computed input::placeholder { color: #6b7280; opacity: 1; }
.jx-editor td.jx-output { background: #f3f4f6; color: #4b5563; text-align: right; padding: 3px 4px; }
.jx-editor td.jx-invalid { background: #fdecec; }
.jx-editor td.jx-invalid input, .jx-editor td.jx-invalid textarea, .jx-editor .jx-inline.jx-invalid input { background: #fdecec; }
.jx-editor .jx-inline.jx-finding-error { box-shadow: 0 0 0 2px #d93025; }
.jx-editor .jx-inline.jx-finding-warning { box-shadow: 0 0 0 2px #e8a600; }
.jx-editor .jx-inline.jx-marked { outline: 3px solid #0b57d0; }
.jx-editor .jx-message { color: #b3261e; font-size: 12px; padding: 1px 4px 3px; }
/* The cell's input fills it and would cover the cell's own frame: the input draws it too. */
.jx-editor td.jx-finding-error, .jx-editor td.jx-finding-error :is(input, textarea, select) { box-shadow: inset 0 0 0 2px #d93025; }
.jx-editor td.jx-finding-warning, .jx-editor td.jx-finding-warning :is(input, textarea, select) { box-shadow: inset 0 0 0 2px #e8a600; }
.jx-editor td.jx-marked { outline: 3px solid #0b57d0; outline-offset: -1px; }
.jx-editor button { font: inherit; font-size: 12px; padding: 1px 6px; margin: 0 1px; border: 1px solid #9aa0a6; border-radius: 3px; background: #fff; cursor: pointer; }
.jx-editor button:focus { outline: 2px solid #0b57d0; }
.jx-editor button:disabled { opacity: 0.35; cursor: default; }
`;
