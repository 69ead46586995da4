/**
 * The batch worker thread's entry. The core's modules read templates as they load (titles, labels), so the Node
 * resources are set first and the worker's modules loaded only then: in a bundle split into chunks, the order in
 * which imported chunks run is not the order of the imports.
 */
import '../node/resources.js';
import type { BatchResult, BatchTask } from './task.js';

export default async function runTask(task: BatchTask): Promise<BatchResult> {
  const { default: runOne } = await import('./worker.js');
  return runOne(task);
}
