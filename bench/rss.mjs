// Preloaded into a measured process (node --import): writes its peak resident set size (KB) to $JIXIAO_BENCH_RSS at exit.
// Worker threads share the process, so a batch's figure covers all of them.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.JIXIAO_BENCH_RSS) writeFileSync(process.env.JIXIAO_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
