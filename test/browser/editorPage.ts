/** The harness page's script: mounts the editor on demand and keeps what it reports, for the tests to read. */
import type { Finding } from '../../src/diagnostics/finding.js';
import type { Profile } from '../../src/forms/definition.js';
import { mountEditor, type EditorHandle } from '../../src/web/editor/index.js';

const jx = {
  changes: [] as unknown[],
  handle: undefined as EditorHandle | undefined,
  mount(profile: Profile, input: Record<string, unknown>, findings: Finding[]) {
    jx.handle?.unmount();
    jx.changes = [];
    jx.handle = mountEditor(document.getElementById('editor')!, { profile, input, findings, onChange: (i) => jx.changes.push(i) });
  },
};
(window as unknown as { jx: typeof jx }).jx = jx;
