#!/usr/bin/env node
// The installed command: runs the bundle made at install time (scripts/bundle.mjs). build and check run its
// single-script form with a V8 code cache (bin/codeCache.mjs); the other commands load only the chunks they use.
import { cachedCommand, runCached } from './codeCache.mjs';

const command = cachedCommand(process.argv.slice(2));
if (!command || !runCached(new URL('../dist/jixiao.cjs', import.meta.url), command)) await import('../dist/jixiao.mjs');
