/**
 * The editor joined to the site's page: the templates fetched from the site's folder (the profiles' definitions,
 * hunan-2022's workbook labels and field descriptions), then the page's input and findings in, edits out, and the
 * clicked finding's field focused.
 */
import './jitless.js';
import type { EditorHost, EditorState } from '../api.js';
import { DEFAULT_PROFILE } from '../../core/defaultProfile.js';
import { useResources } from '../../resources.js';
import { siteTemplates } from './siteTemplates.js';

type Input = Record<string, unknown>;

export async function connectEditor(element: HTMLElement, host: EditorHost): Promise<() => void> {
  useResources(await siteTemplates(document.baseURI));
  // Loaded once the templates are there: some of its modules read theirs when loaded.
  const [{ mountEditor }, { loadProfile }] = await Promise.all([import('./index.js'), import('../../core/profiles.js')]);
  let handle: ReturnType<typeof mountEditor> | undefined;
  let profileId: string | undefined;
  // What the editor sent, newest last: the rebuild of an older one must not undo what was typed since.
  const sent: string[] = [];
  /** The findings the editor marks now, as JSON. */
  let shownFindings = '';
  const show = (state: EditorState) => {
    const input = state.input;
    if (!input || typeof input !== 'object' || Array.isArray(input)) return;
    const id = typeof (input as Input).profile === 'string' ? String((input as Input).profile) : DEFAULT_PROFILE;
    const findings = [...state.findings];
    if (handle && id === profileId) {
      // The rebuild of what the editor sent holds nothing new: drawing every form again would only hold up the
      // preview (the page's thread also draws it).
      const own = sent.includes(JSON.stringify(input));
      const found = JSON.stringify(findings);
      handle.update(own ? undefined : (input as Input), found === shownFindings ? undefined : findings);
      shownFindings = found;
      return;
    }
    handle?.unmount();
    profileId = id;
    shownFindings = JSON.stringify(findings);
    handle = mountEditor(element, {
      profile: loadProfile(id),
      input: input as Input,
      findings,
      onChange: (next) => {
        sent.push(JSON.stringify(next));
        if (sent.length > 20) sent.shift();
        host.setInput(next);
      },
    });
  };
  show(host.state());
  const stops = [host.onChange(show), host.onFocusField((path) => handle?.focusField(path))];
  return () => {
    stops.forEach((s) => s());
    handle?.unmount();
  };
}
