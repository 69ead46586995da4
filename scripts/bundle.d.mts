/** Bundles the CLI and the batch worker into `outdir` (default dist/). */
export function bundle(outdir?: string): Promise<void>;
/** Every YAML file under `dir` (default templates/) parsed, as JSON, by the SHA-256 of its text. */
export function templateCache(dir?: string): Record<string, string>;
