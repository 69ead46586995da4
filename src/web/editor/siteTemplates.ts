/** The site's templates, fetched from its folder (templates/index.json lists them): all the editor reads besides the input. */
import type { Resources } from '../../resources.js';
import { VERSION } from '../../version.js';

async function fetched(base: string, path: string): Promise<Response> {
  const response = await fetch(new URL(`./${path}`, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

export async function siteTemplates(base: string): Promise<Resources> {
  const { files } = (await (await fetched(base, 'templates/index.json')).json()) as { files: string[] };
  const texts = new Map(await Promise.all(files.map(async (n) => [n, await (await fetched(base, `templates/${n}`)).text()] as const)));
  const none = (what: string) => (): never => {
    throw new Error(`the form editor reads no ${what}`);
  };
  return {
    template: (name) => {
      const source = texts.get(name);
      if (source === undefined) throw new Error(`templates/${name}: not in the site`);
      return { file: `templates/${name}`, source };
    },
    templateList: (dir) => [...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]))].sort(),
    templateStamp: () => VERSION,
    font: none('font'),
    coverage: none('font coverage'),
    image: none('image'),
  };
}
