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
  const show = (state: EditorState) => {
    const input = state.input;
    if (!input || typeof input !== 'object' || Array.isArray(input)) return;
    const id = typeof (input as Input).profile === 'string' ? String((input as Input).profile) : DEFAULT_PROFILE;
    const findings = [...state.findings];
    if (handle && id === profileId) {
      const own = sent.indexOf(JSON.stringify(input));
      handle.update(own >= 0 && own < sent.length - 1 ? undefined : (input as Input), findings);
      return;
    }
    handle?.unmount();
    profileId = id;
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
