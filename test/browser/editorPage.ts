/** The harness page's script: the site's templates as the page reads them, then the editor, mounted on demand. */
import '../../src/web/editor/jitless.js';
import type { Finding } from '../../src/diagnostics/finding.js';
import type { Profile } from '../../src/forms/definition.js';
import { useResources } from '../../src/resources.js';
import type { EditorHandle } from '../../src/web/editor/index.js';
import { siteTemplates } from '../../src/web/editor/siteTemplates.js';

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
(window as unknown as { jx: typeof jx }).jx = jx;
