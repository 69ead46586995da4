/** Bundles the CLI and the batch worker into `outdir` (default dist/). */
export function bundle(outdir?: string): Promise<void>;
