#!/usr/bin/env node
// npm run bench [-- --json] [-- --quick]: how fast jixiao is, measured the way it is used. A benchmark, not a test:
// it prints the figures next to their targets and always exits 0 when it could measure.
//
//   cold   the installed command (node bin/jixiao.cjs build <example>) as a whole process, in pairs with one cold
//          Typst compile of the same report set when the speed anchor (../shared/anchor) is there
//   start  `jixiao --help` and `jixiao check <example>`, in pairs with a bare `node -e 0`
//   warm   one process building the example again and again, CPU per report; and what its first 10 builds cost
//          beyond 10 settled ones, the JIT warm-up each batch worker pays on its first units. The same input each time,
//          as the web page's preview rebuilds nearly the same one: every stream is found in the deflate memo
//          (src/render/deflate.ts). A batch worker's units differ, so few of theirs are: its CPU per unit is the batch
//          row's. One process building 40 different generated units took 119 ms a report, the example 40 times
//          93–116 ms (3 runs each)
//   batch  200 generated units in one `jixiao build <folder>` on all cores, wall time (and its ratio to Typst cold)
//          and 20 of them again: CPU per unit from the difference, the fixed CPU of a batch from the rest (most of it
//          the warm-up of each worker, the warm row's; the rest the process's start-up and the summaries)
//   check  the same 200 units in one `jixiao check <folder>` (no PDFs), wall time, and what writing the batch
//          summaries (汇总表.xlsx, 汇总报告.pdf) costs of each run
//   rss    peak resident set size of the cold build's process and of the batch's process (threads included)
//   size   the example's combined PDF
//   preview  the web page in headless Chromium (when there is one): from the last keystroke in a form field until
//          the preview has drawn the rebuilt PDF, median and slowest of 8 edits (`--only=preview` runs just this one)
// `--only=warm` runs the warm row alone, `--only=start` the --help and check rows; `--only=batch` builds the 200 units
// once (wall, CPU, peak RSS), beside 5 cold Typst compiles for its ratio when the anchor is there.
// Ratios are taken pair by pair (A B A B …) and their median is quoted: the machine's speed drifts, pairs less so.
// Times are CPU (user + system of the whole process) unless said to be wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundle } from '../scripts/bundle.mjs';
import { bundleWarm } from './warmBundle.mjs';
import { buildWeb } from '../scripts/build-web.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(ROOT, 'fixtures', 'hengyang-investment-2022.json');
// The installed command, as package.json names it.
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.jixiao);
const CACHE = join(ROOT, 'node_modules', '.cache', 'jixiao-bench');
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PREVIEW_EDITS = quick ? 3 : 8;
const COLD_RUNS = quick ? 3 : 7;
const START_RUNS = quick ? 5 : 11;
const WARM_RUNS = quick ? 5 : 20;
/**
 * Builds not measured before the WARM_RUNS: most of V8's optimising is done in the first ten builds (bench/warm.ts
 * reports what those cost). With three, a third of the measured runs were still warming up, and the median said 179 ms
 * where the settled build takes about 125 ms. V8 never quite stops, though: functions run once or a few times a build
 * reach its threshold one by one, build after build, and are compiled on a second thread (in one process of 70 builds,
 * ~52 ms of compiling per build in builds 12–31 and ~23 ms in builds 40–69, 94 of the latter's 134 compiles first
 * ones). The figure includes that tail, as a web page's preview pays it, edit after edit.
 */
const WARM_UP_RUNS = quick ? 3 : 12;
const UNITS = quick ? 20 : 200;
/** A batch a tenth as large: the difference to UNITS gives the cost of one unit, the rest is the fixed cost of a batch. */
const FEW_UNITS = UNITS / 10;

/** Ratios to Typst cold (wall) and to `node -e 0` (CPU), CPU per warm report, memory and size; the batch check's share and summaries in seconds. */
const TARGETS = { coldVsTypst: 2.5, helpVsNode: 1.5, checkVsNode: 2, warmCpuMs: 80, batchVsTypst: 40, rssMB: 300, combinedKB: 160, checkShare: 0.25, summarySeconds: 1.5, previewMs: 1000 };

function log(s) {
  if (!json) process.stderr.write(`${s}\n`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs node with the probe preloaded; returns wall seconds, CPU seconds, peak RSS in MB and minor page faults. */
function timed(args, env = {}) {
  const rssFile = join(tmpdir(), `jixiao-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'bench', 'rss.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, JIXIAO_BENCH_RSS: rssFile },
    maxBuffer: 64 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let rssMB;
  let besideMB = 0;
  let cpuSeconds;
  let faults;
  try {
    // One line per process: a batch runs in a second one. CPU of both; the peak of the larger (the target is per
    // process), and what the others held at their peaks beside it.
    const probes = readFileSync(rssFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const peaks = probes.map((p) => p.maxRSS / 1024).sort((x, y) => y - x);
    rssMB = peaks[0];
    besideMB = peaks.slice(1).reduce((sum, x) => sum + x, 0);
    cpuSeconds = probes.reduce((sum, p) => sum + p.cpuMs, 0) / 1000;
    faults = probes.reduce((sum, p) => sum + p.minorFaults, 0);
    rmSync(rssFile);
  } catch {
    rssMB = undefined;
  }
  return { seconds, cpuSeconds, rssMB, besideMB, faults, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The speed anchor: the same report set for Typst's Node compiler (see ../shared/anchor/README.md), when the
 * project sits beside it. Its compare script installs the compiler into a cache folder on first use.
 */
function anchor() {
  const dir = [join(ROOT, '..', 'shared', 'anchor'), join(ROOT, '..', '..', 'shared', 'anchor')].find((d) => existsSync(join(d, 'compare.mjs')));
  if (!dir) return undefined;
  const cache = join(homedir(), '.cache', 'jixiao-typst-anchor');
  if (!existsSync(join(cache, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler')) || !existsSync(join(cache, 'fonts'))) {
    log('安装排版基准（Typst）…');
    execFileSync(process.execPath, [join(dir, 'compare.mjs'), '1', EXAMPLE], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  for (const f of ['report.typ', 'typst-once.js']) cpSync(join(dir, f), join(cache, f));
  const out = mkdtempSync(join(tmpdir(), 'jixiao-bench-typst-'));
  let i = 0;
  return { args: () => [join(cache, 'typst-once.js'), join(cache, 'fonts'), join(out, `t${i++}.pdf`)], done: () => rmSync(out, { recursive: true, force: true }) };
}

/** Runs a and b in turn, `runs` times each after one unmeasured pair; the median of each and of the ratios a/b. */
function paired(runs, a, b, label) {
  const once = (args) => {
    const r = timed(args);
    // The example has findings on purpose: check exits 1 on it.
    if (r.status !== 0 && !(r.status === 1 && args.includes('check'))) throw new Error(`${label}失败：${r.stderr}`);
    return r;
  };
  once(a());
  once(b());
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(once(a()));
    bs.push(once(b()));
    log(`  ${label}第 ${i + 1} 对：${as[i].cpuSeconds.toFixed(3)} s / ${bs[i].cpuSeconds.toFixed(3)} s CPU`);
  }
  const ratio = (key) => median(as.map((x, k) => x[key] / bs[k][key]));
  const med = (xs, key) => median(xs.map((x) => x[key]));
  return { a: { seconds: med(as, 'seconds'), cpuSeconds: med(as, 'cpuSeconds'), rssMB: Math.max(...as.map((x) => x.rssMB ?? 0)), faults: med(as, 'faults') }, b: { seconds: med(bs, 'seconds'), cpuSeconds: med(bs, 'cpuSeconds'), faults: med(bs, 'faults') }, wallRatio: ratio('seconds'), cpuRatio: ratio('cpuSeconds'), last: as.at(-1) };
}

/** Cold builds of the example, paired with cold Typst compiles when the anchor is there (else with node -e 0). */
function cold(typst) {
  const out = mkdtempSync(join(tmpdir(), 'jixiao-bench-cold-'));
  const p = paired(COLD_RUNS, () => [BIN, 'build', EXAMPLE, '-o', out, '--force'], typst ? typst.args : () => ['-e', '0'], '冷启动构建');
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const combined = manifest.files.find((f) => f.kind === 'combined');
  rmSync(out, { recursive: true, force: true });
  return { ...p.a, combinedKB: combined.bytes / 1024, typst: typst ? { seconds: p.b.seconds, cpuSeconds: p.b.cpuSeconds, wallRatio: p.wallRatio, cpuRatio: p.cpuRatio } : undefined };
}

/** Start-up: `jixiao --help` and `jixiao check <example>`, each paired with a bare node. */
function start() {
  const node = () => ['-e', '0'];
  const help = paired(START_RUNS, () => [BIN, '--help'], node, '--help 对 node -e 0 ');
  const check = paired(START_RUNS, () => [BIN, 'check', EXAMPLE], node, 'check 对 node -e 0 ');
  return {
    help: { cpuSeconds: help.a.cpuSeconds, cpuRatio: help.cpuRatio, wallRatio: help.wallRatio },
    check: { cpuSeconds: check.a.cpuSeconds, cpuRatio: check.cpuRatio, wallRatio: check.wallRatio, faults: check.a.faults },
    nodeCpuSeconds: help.b.cpuSeconds,
    nodeFaults: check.b.faults,
  };
}

async function warm() {
  const entry = join(CACHE, 'warm.mjs');
  await bundleWarm(entry);
  const r = timed([entry, EXAMPLE, String(WARM_RUNS), String(WARM_UP_RUNS)]);
  if (r.status !== 0) throw new Error(`热构建失败：${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), rssMB: r.rssMB };
}

/** UNITS inputs made from the example: each its own unit, with its own figures in a few places. */
function generateUnits(dir, count = UNITS) {
  const base = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  for (let i = 1; i <= count; i++) {
    const d = structuredClone(base);
    const n = String(i).padStart(3, '0');
    d.unit.name = `基准测试第${n}单位`;
    d.narrative.closingUnitName = d.unit.name;
    d.basicData.staffing.actual = 10 + (i % 5);
    d.projectEvaluations[0].name = `招商引资工作经费${n}`;
    writeFileSync(join(dir, `unit-${n}.json`), JSON.stringify(d));
  }
}

/** One batch command over the generated units: wall time, peak RSS, and the summaries' share of it. */
function runBatch(dir, command, count = UNITS) {
  const out = mkdtempSync(join(tmpdir(), `jixiao-bench-${command}-`));
  const r = timed([BIN, command, dir, '-o', out, ...(command === 'build' ? ['--force'] : []), '--json']);
  let parsed;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    /* reported below */
  }
  rmSync(out, { recursive: true, force: true });
  const done = parsed?.results.filter((x) => x.ok || command === 'check').length ?? 0;
  if (done !== count || !parsed.files) throw new Error(`批量 ${command} 只完成 ${done}/${count} 份：${r.stderr.slice(-2000)}`);
  return { seconds: r.seconds, cpuSeconds: r.cpuSeconds, rssMB: r.rssMB, besideMB: r.besideMB, summarySeconds: parsed.summarySeconds, units: count, threads: availableParallelism() };
}

/**
 * The batch built and checked, and built again with a tenth of the units: CPU per unit from the difference, and
 * the fixed CPU of a batch (process and worker start-up, the summaries) from the small one.
 */
function batch() {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-units-'));
  const few = mkdtempSync(join(tmpdir(), 'jixiao-bench-few-'));
  generateUnits(dir);
  generateUnits(few, FEW_UNITS);
  try {
    const build = runBatch(dir, 'build');
    const small = runBatch(few, 'build', FEW_UNITS);
    const unitCpuSeconds = (build.cpuSeconds - small.cpuSeconds) / (UNITS - FEW_UNITS);
    return { build: { ...build, unitCpuSeconds, fixedCpuSeconds: small.cpuSeconds - FEW_UNITS * unitCpuSeconds, smallRssMB: small.rssMB }, check: runBatch(dir, 'check') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(few, { recursive: true, force: true });
  }
}

/** What a batch's first process (bin/batchProcess.cjs) held beside the batch's own peak, between `open` and `close`. */
function launcherMemory(b, open, close) {
  return b.besideMB ? `${open}启动进程另占 ${b.besideMB.toFixed(0)} MB${close}` : '';
}

/** The web page's preview refresh after typing, in headless Chromium; skipped (with the reason) where there is none. */
async function previewLatency() {
  if (!existsSync(CHROMIUM)) return { skipped: `未找到 Chromium（${CHROMIUM}；可用环境变量 CHROMIUM 指定）` };
  const site = join(mkdtempSync(join(tmpdir(), 'jixiao-bench-site-')), 'web');
  try {
    await buildWeb(site);
    const entry = join(CACHE, 'preview.mjs');
    await build({ absWorkingDir: ROOT, entryPoints: ['bench/preview.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: entry, logLevel: 'warning' });
    const r = spawnSync(process.execPath, [entry, site, CHROMIUM, String(PREVIEW_EDITS)], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`网页预览测量失败：${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } finally {
    rmSync(dirname(site), { recursive: true, force: true });
  }
}

function previewRow(p) {
  return p.skipped
    ? row(`网页版预览刷新（${p.skipped}，未测）`, '—', `≤ ${TARGETS.previewMs} ms`, undefined)
    : // Every edit counts: the slowest must be within the target too, not only the median.
      row(`网页版预览刷新：最后一次按键到预览画出新 PDF（无头 Chromium，${p.edits} 次编辑，中位数 / 最长；最短 ${p.minMs.toFixed(0)} ms；每次按键占主线程中位数 ${p.keyMs.median} ms、最长 ${p.keyMs.max} ms）`, `${p.medianMs.toFixed(0)} / ${p.maxMs.toFixed(0)} ms`, `≤ ${TARGETS.previewMs} ms`, p.maxMs <= TARGETS.previewMs && p.medianMs <= TARGETS.previewMs);
}

/**
 * The fixed CPU of a batch is not only start-up: each worker's first units run slower, before V8 has optimised the
 * code (the warm row measures that warm-up in one process), and a tenth of the units has more of them in proportion.
 */
function fixedLabel(b, w) {
  const warmUp = w.warmUpCpuMs === undefined ? '' : `（约 ${(w.warmUpCpuMs / 1000).toFixed(2)} s，热构建的前 ${w.warmUpRuns} 次比稳定时多花的 CPU）`;
  return `批量每个单位的 CPU / 每批固定的 CPU（${b.threads} 个工作线程各自前几个单位的 JIT 预热${warmUp}、进程启动、汇总；由 ${b.units} 与 ${FEW_UNITS} 个单位之差）`;
}

function warmRow(w) {
  const warmUp = w.warmUpCpuMs === undefined ? '' : `；首次 ${w.firstCpuMs.toFixed(0)} ms，前 ${w.warmUpRuns} 次共多花 ${(w.warmUpCpuMs / 1000).toFixed(2)} s`;
  const background = w.backgroundCpuMs === undefined ? '' : `；其中主线程以外（V8 后台编译、垃圾回收等）平均 ${w.backgroundCpuMs.toFixed(0)} ms`;
  return row(`热构建每份报告（同一进程，CPU 中位数；墙钟 ${w.medianMs.toFixed(0)} ms${background}${warmUp}）`, `${w.cpuMedianMs.toFixed(0)} ms`, `≤ ${TARGETS.warmCpuMs} ms`, w.cpuMedianMs <= TARGETS.warmCpuMs);
}

/** `--only=batch`: the units built once, and Typst's cold compile timed 5 times just before for the ratio. */
async function batchAlone() {
  const typst = anchor();
  const typstSeconds = typst ? median(Array.from({ length: 5 }, () => timed(typst.args()).seconds)) : undefined;
  typst?.done();
  log(`批量：${UNITS} 个生成的单位，${availableParallelism()} 个工作线程`);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-units-'));
  generateUnits(dir);
  let b;
  try {
    b = runBatch(dir, 'build');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = typstSeconds ? b.seconds / typstSeconds : undefined;
  if (json) {
    process.stdout.write(`${JSON.stringify({ batch: { ...b, typstColdSeconds: typstSeconds, vsTypstCold: ratio }, targets: TARGETS }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `${table([
      ['指标', '结果', '目标', ''],
      ratio !== undefined
        ? row(`批量 ${b.units} 个单位 ÷ Typst 冷编译（${b.threads} 线程，墙钟 ${b.seconds.toFixed(2)} s ÷ ${typstSeconds.toFixed(3)} s，CPU ${b.cpuSeconds.toFixed(1)} s）`, `${ratio.toFixed(2)}×`, `≤ ${TARGETS.batchVsTypst}×`, ratio <= TARGETS.batchVsTypst)
        : row(`批量 ${b.units} 个单位（${b.threads} 线程，墙钟；未找到 Typst 基准）`, `${b.seconds.toFixed(2)} s`, `≤ ${TARGETS.batchVsTypst}× Typst`, undefined),
      row(`批量进程峰值内存 RSS${launcherMemory(b, '（', '）')}`, `${(b.rssMB ?? 0).toFixed(0)} MB`, `≤ ${TARGETS.rssMB} MB`, (b.rssMB ?? 0) <= TARGETS.rssMB),
    ])}\n`,
  );
}

function row(label, value, target, ok) {
  return [label, value, target, ok === undefined ? '' : ok ? '达到' : '未达到'];
}

function table(rows) {
  const width = (s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(cols[c] - width(cell))).join('  ').trimEnd()).join('\n');
}

/** The two start-up rows: `--help` and `check` of the example, each against a bare node. */
function startRows(s) {
  const x = (r) => `${r.toFixed(2)}×`;
  return [
    row(`jixiao --help ÷ node -e 0（CPU，逐对中位数；${s.help.cpuSeconds.toFixed(3)} s ÷ ${s.nodeCpuSeconds.toFixed(3)} s）`, x(s.help.cpuRatio), `≤ ${TARGETS.helpVsNode}×`, s.help.cpuRatio <= TARGETS.helpVsNode),
    row(`jixiao check 示例 ÷ node -e 0（CPU，逐对中位数；${s.check.cpuSeconds.toFixed(3)} s）`, x(s.check.cpuRatio), `≤ ${TARGETS.checkVsNode}×`, s.check.cpuRatio <= TARGETS.checkVsNode),
  ];
}

/**
 * The pages each short process touched for the first time (minor page faults, medians): on a virtual machine each
 * costs ~10 µs, which makes memory a start-up cost. Without a cold build (--only=start), check's and node's alone.
 */
function faultsRow(s, c) {
  const figures = [c?.faults, s.check.faults, s.nodeFaults].filter((f) => f !== undefined);
  const label = c ? '冷启动构建 / check / node -e 0' : 'check / node -e 0';
  return row(`首次触及的内存页数（缺页次数，中位数：${label}）`, figures.join(' / '), '', undefined);
}

async function main() {
  mkdirSync(CACHE, { recursive: true });
  if (only === 'preview') {
    log(`网页版预览：无头 Chromium 中编辑示例 ${PREVIEW_EDITS} 次`);
    const p = await previewLatency();
    process.stdout.write(json ? `${JSON.stringify({ preview: p, targets: TARGETS }, null, 2)}\n` : `${table([['指标', '结果', '目标', ''], previewRow(p)])}\n`);
    return;
  }
  if (only === 'warm') {
    log(`热构建：同一进程连续构建示例 ${WARM_UP_RUNS} + ${WARM_RUNS} 次（前 ${WARM_UP_RUNS} 次不计）`);
    const w = await warm();
    process.stdout.write(json ? `${JSON.stringify({ warm: w, targets: TARGETS }, null, 2)}\n` : `${table([['指标', '结果', '目标', ''], warmRow(w)])}\n`);
    return;
  }
  log('打包（scripts/bundle.mjs）…');
  await bundle();
  if (only === 'batch') {
    await batchAlone();
    return;
  }
  if (only === 'start') {
    log(`启动：--help 与 check，各 ${START_RUNS} 次，与 node -e 0 交替`);
    const s = start();
    process.stdout.write(json ? `${JSON.stringify({ start: s, targets: TARGETS }, null, 2)}\n` : `${table([['指标', '结果', '目标', ''], ...startRows(s), faultsRow(s)])}\n`);
    return;
  }
  mkdirSync(CACHE, { recursive: true });
  const typst = anchor();
  log(`冷启动：node bin/jixiao.cjs build 示例，${COLD_RUNS} 次，${typst ? '与 Typst 冷编译同一套报告交替' : '未找到 ../shared/anchor，不与 Typst 对照'}`);
  const c = cold(typst);
  typst?.done();
  log(`启动：--help 与 check，各 ${START_RUNS} 次，与 node -e 0 交替`);
  const s = start();
  log(`热构建：同一进程连续构建示例 ${WARM_UP_RUNS} + ${WARM_RUNS} 次（前 ${WARM_UP_RUNS} 次不计）`);
  const w = await warm();
  log(`批量：${UNITS} 个生成的单位，${availableParallelism()} 个工作线程，先生成、再检查`);
  const { build: b, check: k } = batch();
  log(`网页版预览：无头 Chromium 中编辑示例 ${PREVIEW_EDITS} 次`);
  const p = await previewLatency();
  const batchVsTypst = c.typst ? b.seconds / c.typst.seconds : undefined;
  const results = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    cold: c,
    start: s,
    warm: w,
    batch: { ...b, vsTypstCold: batchVsTypst },
    check: k,
    preview: p,
    targets: TARGETS,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const rss = Math.max(c.rssMB, b.rssMB ?? 0);
  const x = (r) => `${r.toFixed(2)}×`;
  const typstRow = c.typst
    ? row(`冷启动构建示例 ÷ Typst 冷编译（墙钟，逐对中位数；${c.seconds.toFixed(3)} s ÷ ${c.typst.seconds.toFixed(3)} s，CPU ${x(c.typst.cpuRatio)}）`, x(c.typst.wallRatio), `≤ ${TARGETS.coldVsTypst}×`, c.typst.wallRatio <= TARGETS.coldVsTypst)
    : row('冷启动构建示例（墙钟；未找到 Typst 基准）', `${c.seconds.toFixed(3)} s`, `≤ ${TARGETS.coldVsTypst}× Typst`, undefined);
  process.stdout.write(
    `${table([
      ['指标', '结果', '目标', ''],
      typstRow,
      ...startRows(s),
      faultsRow(s, c),
      warmRow(w),
      batchVsTypst !== undefined
        ? row(`批量 ${b.units} 个单位 ÷ Typst 冷编译（${b.threads} 线程，墙钟 ${b.seconds.toFixed(2)} s，CPU ${b.cpuSeconds.toFixed(1)} s）`, x(batchVsTypst), `≤ ${TARGETS.batchVsTypst}×`, batchVsTypst <= TARGETS.batchVsTypst)
        : row(`批量 ${b.units} 个单位（${b.threads} 线程，墙钟；未找到 Typst 基准）`, `${b.seconds.toFixed(2)} s`, `≤ ${TARGETS.batchVsTypst}× Typst`, undefined),
      row(`批量检查 ${k.units} 个单位（不生成 PDF，墙钟）`, `${k.seconds.toFixed(2)} s（批量生成的 ${((k.seconds / b.seconds) * 100).toFixed(0)}%）`, `≤ ${TARGETS.checkShare * 100}%`, k.seconds <= b.seconds * TARGETS.checkShare),
      row('写汇总表和汇总报告（生成 / 检查）', `${b.summarySeconds.toFixed(2)} / ${k.summarySeconds.toFixed(2)} s`, `≤ ${TARGETS.summarySeconds} s`, Math.max(b.summarySeconds, k.summarySeconds) <= TARGETS.summarySeconds),
      row(fixedLabel(b, w), `${(b.unitCpuSeconds * 1000).toFixed(0)} ms / ${b.fixedCpuSeconds.toFixed(2)} s`, '', undefined),
      row(`进程峰值内存 RSS（冷启动 / 批量${launcherMemory(b, '；批量的', '')}）`, `${c.rssMB.toFixed(0)} / ${(b.rssMB ?? 0).toFixed(0)} MB`, `≤ ${TARGETS.rssMB} MB`, rss <= TARGETS.rssMB),
      row('示例合订本 PDF 大小', `${c.combinedKB.toFixed(1)} KB`, `≤ ${TARGETS.combinedKB} KB`, c.combinedKB <= TARGETS.combinedKB),
      previewRow(p),
    ])}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`基准测试未能完成：${e.message}\n`);
  process.exitCode = 1;
});
