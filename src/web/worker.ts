/**
 * The page's build worker: the core (src/core) with resources fetched from the site's own folder. Building off the
 * page's thread keeps typing and scrolling smooth while a report set renders.
 */
import * as z from 'zod';
import { useResources, type Resources } from '../resources.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';
import { SITE_ASSETS } from './siteAssets.js';
import { fetchSite, siteTemplates } from './siteFiles.js';
import { mapList } from '../mapList.js';

// zod's fast path compiles code with new Function, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });

const fetched = (path: string) => fetchSite(self.location.href, path);

/** The images the clerk added (images.ts, loaded with the core: it reads the schema's field names). */
let imageBytes: (name: string) => Uint8Array = () => {
  throw new Error('images read before the core was loaded');
};

/** Everything the core reads, fetched once: the core itself reads synchronously. */
async function siteResources(): Promise<Resources> {
  const templates = await siteTemplates(self.location.href);
  const fonts = new Map(await Promise.all(mapList(Object.entries(SITE_ASSETS.fonts), async ([style, f]) => [style, { name: f.name, bytes: new Uint8Array(await (await fetched(f.path)).arrayBuffer()) }] as const)));
  const coverage = ((await (await fetched(SITE_ASSETS.coverage)).json()) as { ranges: [number, number][] }).ranges;
  return {
    ...templates,
    font: (style) => fonts.get(style)!,
    coverage: () => coverage,
    image: (name) => imageBytes(name),
  };
}

/**
 * The core's modules read templates as they load, so they are loaded once the resources are here; the jobs module
 * also sets the precompiled templates (Handlebars' compiler needs eval).
 */
const jobs = siteResources().then(async (r) => {
  useResources(r);
  const loaded = await import('./jobs.js');
  imageBytes = loaded.imageBytes;
  return loaded;
});

/** The PDFs' buffers are handed over, not copied: each was made for this one answer. */
function post(reply: WorkerReply): void {
  const files = reply.type !== 'build' ? [] : reply.stage === 'preview' ? [reply.file] : reply.stage === 'set' ? reply.files : [];
  (self as unknown as Worker).postMessage(reply, mapList(files, (f) => f.bytes.buffer as ArrayBuffer));
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { answer, build, complete, useImages } = await jobs;
  if (request.type === 'build') await build(request, post);
  else if (request.type === 'complete') await complete(request.build);
  else if (request.type === 'images') useImages(request.images);
  else post(await answer(request));
};

