/** The harness page's script: the site's templates as the page reads them, then the editor, mounted on demand. */
import '../../src/web/editor/jitless.js';
import type { Finding } from '../../src/diagnostics/finding.js';
import type { Profile } from '../../src/forms/definition.js';
import { useResources } from '../../src/resources.js';
import type { EditorHandle } from '../../src/web/editor/index.js';
import { siteTemplates } from '../../src/web/editor/siteTemplates.js';
import { registeredEditor, type EditorState } from '../../src/web/api.js';

// The editor is loaded once the templates are there, as in the site (some modules read theirs when loaded).
const editor = siteTemplates(document.baseURI).then((r) => {
  useResources(r);
  return import('../../src/web/editor/index.js');
});

const jx = {
  changes: [] as unknown[],
  handle: undefined as EditorHandle | undefined,
  async mount(profile: Profile, input: Record<string, unknown>, findings: Finding[]) {
    const { mountEditor } = await editor;
    jx.handle?.unmount();
    jx.changes = [];
    jx.handle = mountEditor(document.getElementById('editor')!, { profile, input, findings, onChange: (i) => jx.changes.push(i) });
  },
};

/** The editor as the site's page mounts it (src/web/editor/page.ts), with a stand-in for the page's side. */
const host = {
  state: { input: undefined as unknown, findings: [] as Finding[] },
  sent: [] as unknown[],
  listeners: new Set<(s: EditorState) => void>(),
  focusers: new Set<(path: string) => void>(),
  async mount(input: unknown, findings: Finding[]) {
    host.state = { input, findings };
    await import('../../src/web/editor/page.js');
    registeredEditor()!(document.getElementById('editor')!, {
      state: () => host.state,
      setInput: (data) => host.sent.push(data),
      onChange: (l) => (host.listeners.add(l), () => host.listeners.delete(l)),
      onFocusField: (l) => (host.focusers.add(l), () => host.focusers.delete(l)),
    });
  },
  /** A rebuild finished: the page tells the editor its input and findings. */
  rebuilt(input: unknown, findings: Finding[]) {
    host.state = { input, findings };
    host.listeners.forEach((l) => l(host.state));
  },
  focus(path: string) {
    host.focusers.forEach((l) => l(path));
  },
};

(window as unknown as { jx: typeof jx; host: typeof host }).jx = jx;
(window as unknown as { host: typeof host }).host = host;
