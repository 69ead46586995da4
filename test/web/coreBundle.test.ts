import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { webOptions } from '../../scripts/webBundle.mjs';

/** Bundles an entry for the browser (platform browser, the site's build options) without writing it. */
async function bundleForBrowser(entry: string) {
  return build({ ...webOptions({ entry }, '/tmp/jixiao-core-bundle'), write: false });
}

describe('the core bundled for a browser', () => {
  it('bundles src/core with no Node built-in, and the output imports none', async () => {
    const result = await bundleForBrowser('src/core/index.ts');
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((i) => i.startsWith('src/render/'))).toBe(true);
    expect(inputs.filter((i) => /^(node:|<runtime>)/.test(i) && i !== '<runtime>')).toEqual([]);
    for (const file of result.outputFiles!) expect(file.text).not.toMatch(/\bfrom\s*["']node:|require\(["'](node:)?(fs|path|zlib|crypto|worker_threads)["']\)/);
  }, 60_000);

  it('fails, naming the file, when code under src/ imports a Node built-in', async () => {
    await expect(bundleForBrowser('src/node/resources.ts')).rejects.toThrow(/imports the Node built-in "node:fs"/);
  }, 60_000);
});
