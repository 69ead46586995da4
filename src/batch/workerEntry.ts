/**
 * The batch worker's entry. The Node resources must be in place before any core module is evaluated (the schema
 * reads its titles from templates/ when it is built), and a bundle's chunks do not keep a side-effect import first;
 * so the worker's own module is imported only after the adapter has run.
 */
import '../node/resources.js';
import type { BatchTask } from './task.js';

const worker = import('./worker.js');

export default async function runOne(task: BatchTask) {
  return (await worker).default(task);
}
