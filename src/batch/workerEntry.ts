/**
 * The batch worker thread's entry. The core's modules read templates as they load (titles, labels), so the Node
 * resources are set first and the worker's modules loaded only then: in a bundle split into chunks, the order in
 * which imported chunks run is not the order of the imports.
 */
import '../node/resources.js';
import type { BatchResult, BatchTask, RenderedReport, ReportTask } from './task.js';

export default async function runTask(task: BatchTask | ReportTask): Promise<BatchResult | RenderedReport> {
  if ('report' in task) {
    const { summaryReport } = await import('../summary/renderReport.js');
    return summaryReport(task.report.overview, task.report.charts);
  }
  const { default: runOne } = await import('./worker.js');
  return runOne(task);
}
