/**
 * A static file server for the web page's folder (dist/web), on 127.0.0.1 only: what `jixiao serve` and the
 * browser tests run. It serves files and nothing else; a path outside the folder is not found.
 */
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
// fflate, not node:zlib: the CLI bundle gives every zlib import the PDF streams' deflate (scripts/bundle.mjs).
import { gzipSync } from 'fflate';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.hbs': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
};

function fileFor(root: string, url: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/** Fonts and scripts are most of a first visit: sent gzipped (made once per file and version of it) when the browser takes it. */
const COMPRESSIBLE = new Set(['.ttf', '.js', '.mjs', '.json', '.yaml', '.css', '.html', '.hbs']);
const gzipped = new Map<string, { stamp: number; bytes: Buffer }>();

function gzipOf(file: string): Buffer {
  const stamp = statSync(file).mtimeMs;
  let hit = gzipped.get(file);
  if (hit?.stamp !== stamp) gzipped.set(file, (hit = { stamp, bytes: Buffer.from(gzipSync(readFileSync(file))) }));
  return hit.bytes;
}

/** Names that change with the content (esbuild's chunks, the site's fonts and pdf.js worker): browsers keep them for good. */
const FINGERPRINTED = /(^|[\\/])chunks[\\/]|\.[0-9a-f]{10}\.[a-z0-9]+$/;
const FOREVER = 'public, max-age=31536000, immutable';

/** The body to send: the file compressed as the site was built (.br, .gz beside it), or gzipped here, or as it is. */
function encoded(file: string, accepted: string): { path?: string; bytes?: Buffer; encoding?: string } {
  if (!COMPRESSIBLE.has(extname(file))) return { path: file };
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (new RegExp(`\\b${encoding}\\b`).test(accepted) && statSync(file + ext, { throwIfNoEntry: false })?.isFile()) return { path: file + ext, encoding };
  }
  return /\bgzip\b/.test(accepted) ? { bytes: gzipOf(file), encoding: 'gzip' } : { path: file };
}

/** A validator of the file's version: the browser asks again (no-cache) and gets 304 while it holds this one. */
function etagOf(stats: Stats): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

/** Starts serving `root` on 127.0.0.1:`port` (0: any free port); resolves with the server and its address. */
export function serveFolder(root: string, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileFor(normalize(root), request.url) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const relative = file.slice(normalize(root).length + 1);
    const etag = etagOf(statSync(file));
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': FINGERPRINTED.test(relative) ? FOREVER : 'no-cache',
      etag,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const body = encoded(file, String(request.headers['accept-encoding'] ?? ''));
    if (body.encoding) headers['content-encoding'] = body.encoding;
    headers['content-length'] = body.bytes?.length ?? statSync(body.path!).size;
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else if (body.bytes) response.end(body.bytes);
    else createReadStream(body.path!).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}
