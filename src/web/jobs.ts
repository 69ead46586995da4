/** What the build worker does, with the core: build, blank inputs, workbooks in and out, the profiles. */
import { stringify } from 'yaml';
import { usePrecompiled } from '../compose/handlebars.js';
import { loadProfile, parseInputText, profileIds } from '../core/index.js';
import { engineProfileOf } from '../core/prepare.js';
import { blankInput } from '../convert/skeleton.js';
import { UserError } from '../diagnostics/finding.js';
import { blankProfileInput } from '../forms/blank.js';
import { WEB_MESSAGES as M } from './messages.js';
import { PRECOMPILED } from './precompiled.js';
import type { Cells, WorkerReply, WorkerRequest } from './protocol.js';
import { mapList } from '../mapList.js';

export { build, complete } from './buildJob.js';
export { imageBytes, useImages } from './images.js';

// Handlebars' compiler needs eval, which the page's Content-Security-Policy forbids: the site's templates were
// compiled when the site was built.
usePrecompiled((source) => PRECOMPILED[source]);

/** A blank input of a profile, as YAML text. */
async function blank(id: string): Promise<string> {
  const profile = engineProfileOf({ profile: id });
  return stringify(profile ? blankProfileInput(profile) : blankInput());
}

async function readWorkbookText(name: string, bytes: Uint8Array): Promise<{ text: string; cells: Cells }> {
  const { readWorkbook } = await import('../workbook/read.js');
  const { data, locations } = await readWorkbook(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { text: stringify(data), cells: [...locations] };
}

async function save(name: string, text: string, format: 'yaml' | 'json' | 'xlsx'): Promise<Uint8Array> {
  const data = parseInputText(name, text);
  if (format === 'yaml') return new TextEncoder().encode(stringify(data));
  if (format === 'json') return new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
  const profile = engineProfileOf(data);
  if (profile) return new Uint8Array(await (await import('../workbook/profile/write.js')).writeProfileWorkbook(profile, data));
  return new Uint8Array(await (await import('../workbook/write.js')).writeWorkbook(data));
}

function failureOf(e: unknown): string {
  return e instanceof UserError ? e.message : `${M.defect}${(e as Error).stack ?? e}`;
}

/** Every request but a build's (see buildJob.ts), answered once. */
export async function answer(request: Exclude<WorkerRequest, { type: 'build' | 'complete' | 'images' }>): Promise<WorkerReply> {
  const { id } = request;
  switch (request.type) {
    case 'blank':
      return blank(request.profile).then((text) => ({ id, type: 'text', text }), (e) => ({ id, type: 'text', text: '', failure: failureOf(e) }));
    case 'readWorkbook':
      return readWorkbookText(request.name, request.bytes).then(({ text, cells }) => ({ id, type: 'text', text, cells }), (e) => ({ id, type: 'text', text: '', failure: failureOf(e) }));
    case 'save':
      return save(request.name, request.text, request.format).then((bytes) => ({ id, type: 'bytes', bytes }), (e) => ({ id, type: 'bytes', failure: failureOf(e) }));
    case 'profiles':
      return { id, type: 'profiles', profiles: mapList(profileIds(), (p) => ({ id: p, name: loadProfile(p).name, description: loadProfile(p).description })) };
  }
}
