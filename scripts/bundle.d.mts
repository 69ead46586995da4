/** Bundles the CLI and the batch worker into `outdir` (default dist/). */
export function bundle(outdir?: string): Promise<void>;
/** Every YAML file under `dir` (default templates/) parsed, as JSON, by its text. */
export function templateCache(dir?: string): Record<string, string>;
/** The table as dist/template-cache.jsonl holds it (src/node/yamlCache.ts reads it). */
export function templateCacheLines(table: Record<string, string>): string;
/** Package files also bundled into a script of their own in `outdir`, by the script's name. */
export const PART_SCRIPTS: Record<string, string>;
