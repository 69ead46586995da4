#!/usr/bin/env node
// npm run bench [-- --json] [-- --quick]: how fast jixiao is, measured the way it is used. A benchmark, not a test:
// it prints the figures next to their targets and always exits 0 when it could measure.
//
//   cold   the installed command (node bin/jixiao.mjs build <example>) as a whole process, median of several runs
//   warm   one process building the example again and again (as a batch worker does), median per report
//   batch  200 generated units in one `jixiao build <folder>` on all cores, wall time
//   check  the same 200 units in one `jixiao check <folder>` (no PDFs), wall time, and what writing the batch
//          summaries (汇总表.xlsx, 汇总报告.pdf) costs of each run
//   rss    peak resident set size of the cold build's process and of the batch's process (threads included)
//   size   the example's combined PDF
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundle } from '../scripts/bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(ROOT, 'fixtures', 'hengyang-investment-2022.json');
const BIN = join(ROOT, 'bin', 'jixiao.mjs');
const CACHE = join(ROOT, 'node_modules', '.cache', 'jixiao-bench');
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const COLD_RUNS = quick ? 3 : 7;
const WARM_RUNS = quick ? 5 : 20;
const UNITS = quick ? 20 : 200;

const TARGETS = { coldSeconds: 0.4, warmMs: 45, batchSeconds: 6, rssMB: 300, combinedKB: 160, checkShare: 0.25, summarySeconds: 1.5 };

function log(s) {
  if (!json) process.stderr.write(`${s}\n`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs node with the RSS probe preloaded; returns wall seconds and peak RSS in MB. */
function timed(args, env = {}) {
  const rssFile = join(tmpdir(), `jixiao-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'rss.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, JIXIAO_BENCH_RSS: rssFile },
    maxBuffer: 64 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let rssMB;
  try {
    rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  } catch {
    rssMB = undefined;
  }
  return { seconds, rssMB, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cold() {
  const out = mkdtempSync(join(tmpdir(), 'jixiao-bench-cold-'));
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = timed([BIN, 'build', EXAMPLE, '-o', out, '--force']);
    if (r.status !== 0) throw new Error(`冷启动构建失败：${r.stderr}`);
    runs.push(r);
    log(`  冷启动第 ${i + 1} 次：${r.seconds.toFixed(3)} s`);
  }
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const combined = manifest.files.find((f) => f.kind === 'combined');
  rmSync(out, { recursive: true, force: true });
  return { seconds: median(runs.map((r) => r.seconds)), rssMB: Math.max(...runs.map((r) => r.rssMB ?? 0)), combinedKB: combined.bytes / 1024, runs: runs.map((r) => r.seconds) };
}

async function warm() {
  const entry = join(CACHE, 'warm.mjs');
  await build({ absWorkingDir: ROOT, entryPoints: ['bench/warm.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: entry, logLevel: 'warning' });
  const r = timed([entry, EXAMPLE, String(WARM_RUNS), '3']);
  if (r.status !== 0) throw new Error(`热构建失败：${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), rssMB: r.rssMB };
}

/** UNITS inputs made from the example: each its own unit, with its own figures in a few places. */
function generateUnits(dir) {
  const base = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  for (let i = 1; i <= UNITS; i++) {
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
function runBatch(dir, command) {
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
  if (done !== UNITS || !parsed.files) throw new Error(`批量 ${command} 只完成 ${done}/${UNITS} 份：${r.stderr.slice(-2000)}`);
  return { seconds: r.seconds, rssMB: r.rssMB, summarySeconds: parsed.summarySeconds, units: UNITS, threads: availableParallelism() };
}

function batch() {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-units-'));
  generateUnits(dir);
  try {
    return { build: runBatch(dir, 'build'), check: runBatch(dir, 'check') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function row(label, value, target, ok) {
  return [label, value, target, ok === undefined ? '' : ok ? '达到' : '未达到'];
}

function table(rows) {
  const width = (s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(cols[c] - width(cell))).join('  ').trimEnd()).join('\n');
}

async function main() {
  log('打包（scripts/bundle.mjs）…');
  await bundle();
  mkdirSync(CACHE, { recursive: true });
  log(`冷启动：node bin/jixiao.mjs build 示例，${COLD_RUNS} 次`);
  const c = cold();
  log(`热构建：同一进程连续构建示例 ${WARM_RUNS} 次`);
  const w = await warm();
  log(`批量：${UNITS} 个生成的单位，${availableParallelism()} 个工作线程，先生成、再检查`);
  const { build: b, check: k } = batch();
  const results = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    cold: c,
    warm: w,
    batch: b,
    check: k,
    targets: TARGETS,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const rss = Math.max(c.rssMB, b.rssMB ?? 0);
  process.stdout.write(
    `${table([
      ['指标', '结果', '目标', ''],
      row('冷启动构建示例（整个进程，中位数）', `${c.seconds.toFixed(3)} s`, `≤ ${TARGETS.coldSeconds} s`, c.seconds <= TARGETS.coldSeconds),
      row('热构建每份报告（同一进程，中位数）', `${w.medianMs.toFixed(0)} ms`, `≤ ${TARGETS.warmMs} ms`, w.medianMs <= TARGETS.warmMs),
      row(`批量 ${b.units} 个单位（${b.threads} 线程，墙钟）`, `${b.seconds.toFixed(2)} s`, `≤ ${TARGETS.batchSeconds} s`, b.seconds <= TARGETS.batchSeconds),
      row(`批量检查 ${k.units} 个单位（不生成 PDF，墙钟）`, `${k.seconds.toFixed(2)} s（批量生成的 ${((k.seconds / b.seconds) * 100).toFixed(0)}%）`, `≤ ${TARGETS.checkShare * 100}%`, k.seconds <= b.seconds * TARGETS.checkShare),
      row('写汇总表和汇总报告（生成 / 检查）', `${b.summarySeconds.toFixed(2)} / ${k.summarySeconds.toFixed(2)} s`, `≤ ${TARGETS.summarySeconds} s`, Math.max(b.summarySeconds, k.summarySeconds) <= TARGETS.summarySeconds),
      row('进程峰值内存 RSS（冷启动 / 批量）', `${c.rssMB.toFixed(0)} / ${(b.rssMB ?? 0).toFixed(0)} MB`, `≤ ${TARGETS.rssMB} MB`, rss <= TARGETS.rssMB),
      row('示例合订本 PDF 大小', `${c.combinedKB.toFixed(1)} KB`, `≤ ${TARGETS.combinedKB} KB`, c.combinedKB <= TARGETS.combinedKB),
    ])}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`基准测试未能完成：${e.message}\n`);
  process.exitCode = 1;
});
