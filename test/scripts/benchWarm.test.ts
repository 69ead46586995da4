// The bench's warm row runs a bundle of bench/warm.ts made as the CLI's is; a change to the bundle's plugins once
// left it calling a loader its banner did not define. The bench is no test, so this keeps its bundle running.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleWarm } from '../../bench/warmBundle.mjs';
import { EXAMPLE_PATH, ROOT } from '../helpers/example.js';

describe('the bench’s warm build', () => {
  it('bundles and builds the example, printing its timings', async () => {
    // Beside node_modules, as the bench's own: its packages are not bundled.
    const entry = join(ROOT, 'node_modules', '.cache', 'jixiao-test-bench-warm', 'warm.mjs');
    await bundleWarm(entry);
    const r = spawnSync(process.execPath, [entry, EXAMPLE_PATH, '1', '0'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const line = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(Object.keys(line).length).toBeGreaterThan(0);
    // The share of threads other than the main one, where /proc tells it (Linux).
    if (existsSync('/proc/self/task')) expect(line.backgroundCpuMs).toBeGreaterThanOrEqual(0);
    else expect(line.backgroundCpuMs).toBeUndefined();
  }, 120_000);
});
