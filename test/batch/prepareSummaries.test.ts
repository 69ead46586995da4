import { beforeEach, describe, expect, it, vi } from 'vitest';

// What happens when, in the batch command: the units' pool and the summary files stand in, each noting its turn.
const calls: string[] = [];
let preparedDone = false;

vi.mock('../../src/batch/runBatch.js', () => ({
  runBatch: vi.fn(async () => {
    calls.push('units');
    return { results: [], seconds: 0, outRoot: '/out' };
  }),
}));

vi.mock('../../src/batch/summaryFiles.js', () => ({
  prepareSummaries: vi.fn(async () => {
    calls.push('prepare');
    await new Promise((r) => setTimeout(r, 20));
    preparedDone = true;
  }),
  writeSummaries: vi.fn(async () => {
    calls.push(preparedDone ? 'write after prepared' : 'write before prepared');
    return { overview: {}, manifest: { files: [] } };
  }),
}));

vi.mock('../../src/batch/progress.js', () => ({ progressFor: () => ({ start() {}, done() {}, stop() {} }) }));

const { checkBatch, buildBatch } = await import('../../src/batch/command.js');

describe('the batch command and its summaries', () => {
  beforeEach(() => {
    calls.length = 0;
    preparedDone = false;
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  it.each([
    ['build', buildBatch],
    ['check', checkBatch],
  ])('%s starts loading what the summaries need before the units, and writes them once it is loaded', async (_, run) => {
    await run(['a.json'], '/out', { json: true });
    expect(calls).toEqual(['prepare', 'units', 'write after prepared']);
  });
});
