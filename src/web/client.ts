/** The page's side of the build worker: requests answered by id; a build is answered in stages until a final one. */
import { FINAL_STAGES, type BuildReply, type WorkerReply, type WorkerRequest } from './protocol.js';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class BuildClient {
  private readonly worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  private next = 1;
  private readonly waiting = new Map<number, (reply: WorkerReply) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      this.waiting.get(reply.id)?.(reply);
      if (reply.type !== 'build' || FINAL_STAGES.has(reply.stage)) this.waiting.delete(reply.id);
    };
  }

  ask<T extends Exclude<WorkerReply['type'], 'build'>>(request: Exclude<Request, { type: 'build' | 'complete' | 'images' }>): Promise<Extract<WorkerReply, { type: T }>> {
    return new Promise((resolve) => this.send(request, resolve as (reply: WorkerReply) => void));
  }

  /** Starts a build; `onReply` hears each of its stages. Returns the build's id (a newer build has a greater one). */
  build(request: Extract<Request, { type: 'build' }>, onReply: (reply: BuildReply) => void): number {
    return this.send(request, onReply as (reply: WorkerReply) => void);
  }

  /** A request with no answer of its own: complete (answered by the build's stages), images. */
  tell(request: Extract<Request, { type: 'complete' | 'images' }>): void {
    this.worker.postMessage({ ...request, id: this.next++ });
  }

  private send(request: Request, onReply: (reply: WorkerReply) => void): number {
    const id = this.next++;
    this.waiting.set(id, onReply);
    this.worker.postMessage({ ...request, id });
    return id;
  }
}
