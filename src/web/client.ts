/** The page's side of the build worker: requests answered in order by id; a newer build supersedes an older one. */
import type { WorkerReply, WorkerRequest } from './protocol.js';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class BuildClient {
  private readonly worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  private next = 1;
  private readonly waiting = new Map<number, (reply: WorkerReply) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      this.waiting.get(event.data.id)?.(event.data);
      this.waiting.delete(event.data.id);
    };
  }

  ask<T extends WorkerReply['type']>(request: Request): Promise<Extract<WorkerReply, { type: T }>> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve as (reply: WorkerReply) => void);
      this.worker.postMessage({ ...request, id });
    });
  }
}
