/** bench/warm.ts bundled as the CLI is, to `outfile`. */
export function bundleWarm(outfile: string): Promise<void>;
