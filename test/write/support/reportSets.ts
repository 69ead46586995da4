import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfOutput } from '../../../src/write/index.js';
import { rng } from '../../helpers/random.js';

const NAMES = ['合订本', '正文', '附件2-基础数据表', '附件3-部门整体', '项目-招商引资', '项目-会展', '审核意见'];

/**
 * A report set made from a seed: 2–6 documents (so that a later set may drop files an earlier one had) of
 * 1–300 KB each, so that some writes take long enough for a signal to land between two renames.
 */
export function reportSet(seed: number): { pdfs: PdfOutput[]; input: Buffer } {
  const random = rng(seed);
  const count = 2 + Math.floor(random() * 5);
  const names = NAMES.filter(() => random() < 0.7).slice(0, count);
  if (names.length < 2) names.push(NAMES[0], NAMES[1]);
  const pdfs = [...new Set(names)].map((n) => {
    const bytes = Buffer.concat([Buffer.from(`%PDF ${seed} ${n}\n`), noise(random, 1024 + Math.floor(random() * 300 * 1024))]);
    return { kind: 'document', title: n, fileName: n, bytes, pages: 1 };
  });
  return { pdfs, input: Buffer.from(`seed ${seed}`) };
}

function noise(random: () => number, size: number): Buffer {
  const bytes = Buffer.alloc(size - (size % 4));
  for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE(Math.floor(random() * 2 ** 32), i);
  return bytes;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * What a folder must hold after any run, stopped or not: exactly the files one manifest.json lists, each with
 * the bytes it records, and nothing else: no hidden file of an unfinished replacement. Returns the manifest's
 * input hash, which tells which set it is.
 */
export function completeSet(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { input: { sha256: string }; files: { path: string; sha256: string; bytes: number }[] };
  const listed = manifest.files.map((f) => f.path).sort();
  const present = readdirSync(dir).filter((n) => n !== 'manifest.json').sort();
  if (JSON.stringify(present) !== JSON.stringify(listed)) throw new Error(`folder holds ${JSON.stringify(present)}, manifest lists ${JSON.stringify(listed)}`);
  for (const f of manifest.files) {
    const bytes = readFileSync(join(dir, f.path));
    if (sha256(bytes) !== f.sha256 || bytes.length !== f.bytes) throw new Error(`${f.path} does not match the manifest`);
  }
  return manifest.input.sha256;
}

export const inputHash = (seed: number) => sha256(Buffer.from(`seed ${seed}`));
