// Preloaded into a measured process (node --require, which costs a bare node less than --import would): writes
// its peak resident set size (KB) and the CPU time (user + system, ms) of the whole process to $JIXIAO_BENCH_RSS at
// exit, as JSON. Worker threads share the process, so a batch's figures cover all of them.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (!process.env.JIXIAO_BENCH_RSS) return;
  const cpu = process.cpuUsage();
  writeFileSync(process.env.JIXIAO_BENCH_RSS, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }));
});
