import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { buildReport } from '../../src/pipeline.js';
import { LEVELS } from '../../src/render/deflate.js';
import { zlibCompress } from '../../src/render/libdeflate.js';
import { EXAMPLE_PATH, ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { PART_SCRIPTS } from '../../scripts/bundle.mjs';

// A folder of its own: other test files bundle into theirs, in parallel.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-bundle');

function jixiao(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
}

const TRACE = join(import.meta.dirname, 'fixtures', 'loadTrace.mjs');

/** What a bundled command loaded: its own files (ES modules of dist/), CommonJS modules, files read. */
function loaded(args: string[]) {
  const trace = join(tempDir('jixiao-load-trace-'), 'trace.json');
  const r = spawnSync(process.execPath, ['--import', TRACE, join(DIST, 'jixiao.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, JIXIAO_LOAD_TRACE: trace },
  });
  expect(r.status, r.stderr).toBeLessThan(2);
  const t = JSON.parse(readFileSync(trace, 'utf8')) as { esm: string[]; cjs: string[]; files: string[] };
  const own = t.esm.filter((u) => u.startsWith('file:') && u.includes(DIST)).map((u) => new URL(u).pathname);
  return { own, bytes: own.reduce((n, f) => n + statSync(f).size, 0), cjs: t.cjs, files: t.files };
}

const chunks = () => readdirSync(DIST).filter((n) => n.endsWith('.mjs'));

const WORKBOOK_SCRIPT = PART_SCRIPTS['exceljs/lib/doc/workbook.js'];

/** Each entry of a zip file as stored: name, compression method and compressed bytes (from the central directory). */
function zipEntries(zip: Buffer): { name: string; method: number; data: Uint8Array }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { name: string; method: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, method, data: zip.subarray(dataAt, dataAt + size) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Every deflated entry of a zip file is libdeflate's level-6 raw stream of its content (src/render/deflate.ts). */
function expectOneDeflate(zip: Buffer): void {
  const deflated = zipEntries(zip).filter((e) => e.method === 8);
  expect(deflated.length).toBeGreaterThan(5);
  for (const e of deflated) {
    const zlib = zlibCompress(inflateSync(e.data), LEVELS.other);
    expect(Buffer.from(e.data).equals(Buffer.from(zlib.subarray(2, zlib.length - 4))), e.name).toBe(true);
  }
}

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
}, 120_000);

describe('the bundle', () => {
  it('imports no zlib: every stream is deflated by the one implementation in src/render/deflate.ts', () => {
    for (const name of [...chunks(), 'jixiao.cjs']) {
      const code = readFileSync(join(DIST, name), 'utf8');
      expect(code, name).not.toMatch(/(from|import|require\()\s*["'](node:)?zlib["']/);
    }
  });

  it('deflates the summary workbook\'s entries with the same one implementation (jszip\'s pako is not bundled)', () => {
    const inputs = tempDir('jixiao-bundle-units-');
    for (const f of ['hengyang-investment-2022.json', 'hunan-2022-five-projects.yaml']) cpSync(join(ROOT, 'fixtures', f), join(inputs, f));
    const out = tempDir('jixiao-bundle-summary-');
    const checked = jixiao(['check', inputs, '-o', out, '--json']);
    expect(checked.status, checked.stderr).toBe(1);
    const workbook = readdirSync(out).find((n) => n.endsWith('.xlsx'));
    expectOneDeflate(readFileSync(join(out, workbook!)));
    for (const name of [...chunks(), 'jixiao.cjs', 'batch-worker.cjs', WORKBOOK_SCRIPT]) expect(readFileSync(join(DIST, name), 'utf8'), name).not.toContain('deflateSetDictionary');
  }, 120_000);

  it('deflates the entries of every workbook it writes with the same one implementation, and reads them back', () => {
    const dir = tempDir('jixiao-bundle-workbook-');
    const written = jixiao(['convert', EXAMPLE_PATH, join(dir, 'example.xlsx')]);
    expect(written.status, written.stderr).toBe(0);
    expectOneDeflate(readFileSync(join(dir, 'example.xlsx')));
    const read = jixiao(['convert', join(dir, 'example.xlsx'), join(dir, 'example.json')]);
    expect(read.status, read.stderr).toBe(0);
    const fromJson = jixiao(['check', EXAMPLE_PATH, '--json']);
    const fromWorkbook = jixiao(['check', join(dir, 'example.json'), '--json']);
    expect(fromWorkbook.stdout).toBe(fromJson.stdout);
  }, 120_000);

  it('writes the same bytes as the source, and again on a second run', async () => {
    const fromSource = await buildReport(EXAMPLE_PATH, tempDir('jixiao-bundle-src-'));
    const runs = [1, 2].map(() => {
      const out = tempDir('jixiao-bundle-out-');
      const r = jixiao(['build', EXAMPLE_PATH, '-o', out, '--force', '--json']);
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files.map((f: { sha256: string }) => f.sha256);
    });
    expect(runs[0]).toEqual(fromSource.files.map((f) => f.sha256));
    expect(runs[1]).toEqual(runs[0]);
  }, 120_000);

  it('carries every shipped template compiled: a run compiles none of them', async () => {
    // @ts-expect-error -- a plain .mjs build script without types
    const { templateSources } = await import('../../scripts/build-web.mjs');
    const specs = chunks().reduce((n, name) => n + (readFileSync(join(DIST, name), 'utf8').match(/compiler:\[\d+,/g)?.length ?? 0), 0);
    expect(specs).toBe((await templateSources()).length);
  });

  it('compiles at run time a template edited in a --templates folder, as the source does', () => {
    const templates = join(tempDir('jixiao-bundle-templates-'), 'templates');
    cpSync(join(ROOT, 'templates'), templates, { recursive: true });
    const narrative = join(templates, 'narrative.hbs');
    const shipped = readFileSync(narrative, 'utf8');
    expect(shipped).toContain('@subtitle （{{year}} 年度）');
    writeFileSync(narrative, shipped.replace('@subtitle （{{year}} 年度）', '@subtitle （{{year}} 年度，修订稿）'));
    const combined = (entry: string[], extra: string[]) => {
      const out = tempDir('jixiao-bundle-edited-');
      const r = spawnSync(process.execPath, [...entry, 'build', EXAMPLE_PATH, '-o', out, '--force', ...extra], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).files.find((f: { kind: string }) => f.kind === 'combined').sha256;
    };
    const edited = combined([join(DIST, 'jixiao.mjs')], ['--templates', templates]);
    expect(edited).not.toBe(combined([join(DIST, 'jixiao.mjs')], []));
    expect(edited).toBe(combined(['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts')], ['--templates', templates]));
  }, 120_000);

  it('takes each shipped profile from its own file of the store, in the chunks and in the check script', () => {
    const folder = join(DIST, 'profile-store');
    const files = readdirSync(folder).map((f) => join(folder, f));
    const shipped = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    const rewrite = (change: (profile: { name: string }) => object) => {
      for (const [f, text] of shipped) {
        const store = JSON.parse(text) as Record<string, { profile: string }>;
        for (const entry of Object.values(store)) entry.profile = JSON.stringify(change(JSON.parse(entry.profile)));
        writeFileSync(f, JSON.stringify(store));
      }
    };
    try {
      rewrite((p) => ({ ...p, name: `存下的${p.name}` }));
      const listed = jixiao(['profiles']);
      expect(listed.status, listed.stderr).toBe(0);
      expect(listed.stdout.match(/^ {2}存下的/gm)).toHaveLength(files.length);
      // A stored profile with nothing in it: the check script fails on it, so it read it.
      rewrite(() => ({}));
      const r = spawnSync(process.execPath, [join(DIST, 'jixiao-check.cjs'), 'check', EXAMPLE_PATH], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stdout).not.toBe(1);
      expect(r.stderr).toContain('内部错误');
    } finally {
      for (const [f, text] of shipped) writeFileSync(f, text);
    }
    expect(jixiao(['check', EXAMPLE_PATH]).status).toBe(1);
  }, 60_000);

  it('carries every shipped profile validated, and validates one edited in a --templates folder, its mistake at its key', () => {
    const folder = join(DIST, 'profile-store');
    const store = Object.assign({}, ...readdirSync(folder).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')))) as Record<string, { profile: string }>;
    const shipped = readdirSync(join(ROOT, 'templates', 'profiles'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(Object.values(store).map((s) => JSON.parse(s.profile).id).sort()).toEqual(shipped.map((d) => d.name).sort());
    const templates = join(tempDir('jixiao-bundle-profile-'), 'templates');
    cpSync(join(ROOT, 'templates'), templates, { recursive: true });
    const form = join(templates, 'profiles', 'national-project', 'forms', 'project.yaml');
    writeFileSync(form, readFileSync(form, 'utf8').replace('rate: { of: executed, over: budget }', 'rate: { of: executed, over: budgte }'));
    const input = join(ROOT, 'fixtures', 'national-project-2023.yaml');
    expect(jixiao(['check', input]).status).toBe(0);
    const r = jixiao(['check', input, '--templates', templates, '--json']);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as { id: string; path: string; message: string }[];
    expect(findings.map((f) => [f.id, f.path, f.message])).toEqual([['E_PROFILE_FILE', 'profiles/national-project/forms/project.yaml#sections.1.columns.4', '引用的列“budgte”不存在']]);
  }, 60_000);

  describe('loads only what a command uses', () => {
    const renders = (l: ReturnType<typeof loaded>) => ({
      pdfmake: l.own.some((f) => /pdfmakeParts/.test(f)) || l.cjs.some((f) => /[\\/](pdfmake|pdfkit|fontkit)[\\/]/.test(f)),
      fonts: l.files.some((f) => f.endsWith('.ttf')),
      exceljs: l.cjs.some((f) => /[\\/]exceljs[\\/]/.test(f)) || l.files.some((f) => f.endsWith(PART_SCRIPTS['exceljs/lib/doc/workbook.js'])),
    });
    const nothing = { pdfmake: false, fonts: false, exceljs: false };

    it('a build loads pdfmake and the fonts (the trace sees them)', () => {
      expect(renders(loaded(['build', EXAMPLE_PATH, '-o', tempDir('jixiao-load-build-'), '--force']))).toMatchObject({ pdfmake: true, fonts: true });
    }, 60_000);

    it.each([[['--help']], [['schema']], [['check', EXAMPLE_PATH]]])('%j loads no pdfmake, fonts or exceljs', (args) => {
      expect(renders(loaded(args))).toEqual(nothing);
    }, 60_000);

    it('--help loads the command line alone: no schema, templates or checks', () => {
      expect(loaded(['--help']).bytes).toBeLessThan(150_000);
    }, 60_000);

    it('a build never decodes brotli: fontkit reads WOFF2 fonts with it, and jixiao has none', () => {
      const l = loaded(['build', EXAMPLE_PATH, '-o', tempDir('jixiao-load-brotli-'), '--force']);
      expect(l.cjs.filter((f) => /[\\/]brotli[\\/]/.test(f))).toEqual([]);
      // Left in node_modules, where the trace would see it, not copied into a chunk.
      expect(chunks().filter((n) => readFileSync(join(DIST, n), 'utf8').includes('brotli/dec/dictionary'))).toEqual([]);
    }, 60_000);

    it('writing a workbook loads exceljs’s Workbook from the bundle’s script of it, not from node_modules', () => {
      const l = loaded(['init', '-o', join(tempDir('jixiao-load-init-'), 'blank.xlsx')]);
      expect(l.files).toContain(join(DIST, WORKBOOK_SCRIPT));
      expect(l.cjs.filter((f) => /[\\/](exceljs|jszip|sax|unzipper)[\\/]/.test(f))).toEqual([]);
    }, 60_000);

    it('the Workbook’s script holds neither exceljs’s streaming reader and writer nor its dependencies', () => {
      const script = readFileSync(join(DIST, WORKBOOK_SCRIPT), 'utf8');
      expect(script).toContain('"node_modules/exceljs/lib/xlsx/xlsx.js"');
      expect(script).not.toMatch(/node_modules\/exceljs\/lib\/stream\/|node_modules\/(unzipper|archiver)\//);
    });

    it('check loads the front of the pipeline alone: no render stage', () => {
      // load, model (zod), derive (decimal.js), check, and the styles and profiles it reads (yaml) come to about 1.1 MB
      // (1.09 MB before the narrative's declared facts and the profiles' summary keys, 1.11 MB after).
      expect(loaded(['check', EXAMPLE_PATH]).bytes).toBeLessThan(1_150_000);
    }, 60_000);
  });
});

