import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

  it('serves nothing outside its folder, and no folder listing', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/fonts/../../secret.txt', '/fonts/', '/missing.js']) expect((await get(path)).status, path).toBe(404);
  });
});
