/** The one shape of a problem found in the input, whatever stage found it. */
export type Level = 'error' | 'warning';

export interface Finding {
  /** Stable rule id, e.g. E_TOTAL_MISMATCH. */
  id: string;
  level: Level;
  /** Technical path: a JSON path ("basicData.threePublic.total.actual"), or a file position. */
  path: string;
  /** The same place in the user's terms ("基础数据表 › 三公经费 › 本年决算数"), or sheet!cell. */
  where: string;
  /** Plain Chinese: what is wrong, with the figures. */
  message: string;
  expected?: string;
  actual?: string;
  /** How to fix it. */
  hint?: string;
}

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/** A problem the user can fix: bad input or bad usage. Carries its findings and its exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly findings: Finding[] = [],
    readonly exitCode: number = EXIT.input,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
