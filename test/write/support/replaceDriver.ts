/**
 * A process that replaces report sets in a folder, for the interruption tests: `node driver.mjs <dir> <seed> [loop]`.
 * Each set is a few PDF-named files of seeded random bytes and a manifest.json listing their hashes, written by the
 * write stage exactly as a build writes them; `loop` keeps replacing sets until the process is stopped.
 */
import { reportSet } from './reportSets.js';
import { writeReport } from '../../../src/write/index.js';

const [dir, seedText, loop] = process.argv.slice(2);
let seed = Number(seedText);
process.stdout.write('ready\n'); // the tests time their signals from here, not from the slow start of node
do {
  const set = reportSet(seed++);
  await writeReport(dir, set.pdfs, 'input.json', set.input);
} while (loop === 'loop');
