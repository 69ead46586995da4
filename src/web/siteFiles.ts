/** Files of the site's own folder, fetched: the templates (templates/index.json lists them) and anything beside them. */
import type { Resources } from '../resources.js';
import { VERSION } from '../version.js';
import { mapList } from '../mapList.js';

export async function fetchSite(base: string, path: string): Promise<Response> {
  const response = await fetch(new URL(`./${path}`, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** The templates part of the core's resources, every file fetched once (the core reads synchronously). */
export async function siteTemplates(base: string): Promise<Pick<Resources, 'template' | 'templateList' | 'templateStamp'>> {
  const { files } = (await (await fetchSite(base, 'templates/index.json')).json()) as { files: string[] };
  const texts = new Map(await Promise.all(mapList(files, async (n) => [n, await (await fetchSite(base, `templates/${n}`)).text()] as const)));
  return {
    template: (name) => {
      const source = texts.get(name);
      if (source === undefined) throw new Error(`templates/${name}: not in the site`);
      return { file: `templates/${name}`, source };
    },
    templateList: (dir) => [...new Set(mapList(files.filter((f) => f.startsWith(`${dir}/`)), (f) => f.slice(dir.length + 1).split('/')[0]))].sort(),
    // The site is built from one version of the tool: its templates never change under a running page.
    templateStamp: () => VERSION,
  };
}
