/**
 * The form editor in the site's page: registered with the page's editor interface (src/web/api.ts) when the page
 * loads, it fetches its own code (a chunk of its own) and the templates only when the page mounts it.
 */
import { registerEditor } from '../api.js';

registerEditor((element, host) => {
  let stop: (() => void) | undefined;
  let stopped = false;
  void import('./pageEditor.js')
    .then(({ connectEditor }) => connectEditor(element, host))
    .then((s) => (stopped ? s() : (stop = s)));
  return () => {
    stopped = true;
    stop?.();
  };
});
