import { beforeEach, describe, expect, it, vi } from 'vitest';

// What happens when, in the batch command: the units' pool and the summary files stand in, each noting its turn.
const calls: string[] = [];
let preparedDone = false;

vi.mock('../../src/batch/runBatch.js', () => ({
  // The summaries are written before the workers go: runBatch hands them its pool.
  runBatch: vi.fn(async (_files, _out, _options, _progress, finish: (results: unknown[], onWorker: unknown) => Promise<unknown>) => {
    calls.push('units');
    const finished = await finish([], async (task: { report?: unknown }) => {
      calls.push(task.report ? 'report on a worker' : 'other task on a worker');
      return { bytes: new Uint8Array(), pages: 1 };
    });
    calls.push('workers gone');
    return { results: [], seconds: 0, outRoot: '/out', finished };
  }),
}));

vi.mock('../../src/batch/summaryFiles.js', () => ({
  prepareSummaries: vi.fn(async () => {
    calls.push('prepare');
    await new Promise((r) => setTimeout(r, 20));
    preparedDone = true;
  }),
  writeSummaries: vi.fn(async (_out, _mode, _results, render: (overview: object, charts: object) => Promise<unknown>) => {
    calls.push(preparedDone ? 'write after prepared' : 'write before prepared');
    await render({}, { rate: '<svg/>', score: '<svg/>' });
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
    expect(calls).toEqual(['prepare', 'units', 'write after prepared', 'report on a worker', 'workers gone']);
  });
});
