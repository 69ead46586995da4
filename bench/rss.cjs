// Preloaded into a measured process (node --require, which costs a bare node less than --import would): adds a line
// with its peak resident set size (KB), the CPU time (user + system, ms) of the whole process and its minor page faults
// (pages it touched for the first time: on a virtual machine each costs ~10 µs) to $JIXIAO_BENCH_RSS at exit, as JSON. Worker threads share the process, so a batch's figures cover all of them; a batch's second
// process (bin/batchProcess.cjs) is started with the same options and adds its own line.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  if (!process.env.JIXIAO_BENCH_RSS) return;
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  appendFileSync(process.env.JIXIAO_BENCH_RSS, `${JSON.stringify({ maxRSS: usage.maxRSS, cpuMs: (cpu.user + cpu.system) / 1000, minorFaults: usage.minorPageFault })}\n`);
});
