import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../src/node/staticSite.js';

let url: string;
let close: () => void;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'jixiao-static-'));
  writeFileSync(join(parent, 'secret.txt'), 'outside');
  const root = join(parent, 'web');
  mkdirSync(join(root, 'fonts'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'fonts', 'a.ttf'), Buffer.alloc(10_000, 7));
  // As scripts/build-web.mjs leaves a font: its name carries its hash, its compressed forms beside it.
  writeFileSync(join(root, 'fonts', 'b.0123456789.ttf'), Buffer.alloc(20_000, 9));
  writeFileSync(join(root, 'fonts', 'b.0123456789.ttf.br'), brotliCompressSync(Buffer.alloc(20_000, 9)));
  writeFileSync(join(root, 'fonts', 'b.0123456789.ttf.gz'), gzipSync(Buffer.alloc(20_000, 9)));
  const served = await serveFolder(root, 0);
  url = served.url;
  close = () => served.server.close();
});

afterAll(() => close?.());

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // A raw path: URL parsing would resolve the dot segments before they reach the server.
    const req = request(url, { path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server of jixiao serve', () => {
  it('listens on 127.0.0.1 and serves index.html for /', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('<title>t</title>');
  });

  it('sends fonts gzipped to a browser that takes gzip, as they are otherwise', async () => {
    const zipped = await get('/fonts/a.ttf', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(1000);
    expect(gunzipSync(zipped.body).equals(Buffer.alloc(10_000, 7))).toBe(true);
    const plain = await get('/fonts/a.ttf');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(10_000);
  });

  it('sends the compressed forms the site was built with: brotli where the browser takes it, else gzip', async () => {
    const br = await get('/fonts/b.0123456789.ttf', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).equals(Buffer.alloc(20_000, 9))).toBe(true);
    const gz = await get('/fonts/b.0123456789.ttf', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(Buffer.alloc(20_000, 9))).toBe(true);
  });

  it('lets browsers keep fingerprinted files for good, and has them ask again for the others (304 while unchanged)', async () => {
    expect((await get('/fonts/b.0123456789.ttf')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toMatch(/^W\/".+"$/);
    const again = await get('/', { 'if-none-match': String(page.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/fonts/a.ttf')).headers['cache-control']).toBe('no-cache');
  });

  it('serves nothing outside its folder, and no folder listing', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/fonts/../../secret.txt', '/fonts/', '/missing.js']) expect((await get(path)).status, path).toBe(404);
  });
});
