/**
 * libdeflate (github.com/ebiggers/libdeflate) compiled to WebAssembly, as the npm package `libdeflate` ships it,
 * instantiated here rather than by the package's loader (see scripts/prepare-deflate.mjs for why). WebAssembly runs
 * the same in Node and in a browser, so its output depends only on the input, the level and the module.
 */
import { UserError } from '../diagnostics/finding.js';
import { LIBDEFLATE } from './libdeflateWasm.generated.js';
import { RENDER_ENVIRONMENT_MESSAGES } from './messages.js';
import { mapList } from '../mapList.js';

interface Exports {
  memory: WebAssembly.Memory;
  constructors(): void;
  allocCompressor(level: number): number;
  zlibCompress(compressor: number, input: number, inputLength: number, output: number, outputRoom: number): number;
  zlibCompressBound(compressor: number, inputLength: number): number;
  malloc(size: number): number;
  free(pointer: number): void;
}

/** The module's own ceiling on its memory (Emscripten's default for a growable heap). */
const HEAP_MAX = 2 ** 31;

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function instantiate(): Exports {
  let memory: WebAssembly.Memory | undefined;
  const imports = {
    // What Emscripten's runtime gives the C library: a large memmove, and growing the heap for malloc.
    [LIBDEFLATE.imports.memcpyBig]: (dest: number, src: number, length: number) => {
      const heap = new Uint8Array(memory!.buffer);
      heap.copyWithin(dest, src, src + length);
    },
    [LIBDEFLATE.imports.resizeHeap]: (requested: number) => {
      requested >>>= 0;
      if (requested > HEAP_MAX) return 0;
      try {
        memory!.grow((requested - memory!.buffer.byteLength + 65535) >>> 16);
        return 1;
      } catch {
        return 0;
      }
    },
  };
  let instance: WebAssembly.Instance;
  try {
    const module = new WebAssembly.Module(decodeBase64(LIBDEFLATE.wasm));
    instance = new WebAssembly.Instance(module, { [LIBDEFLATE.importModule]: imports });
  } catch (e) {
    // No WebAssembly here (Node run with --jitless), or a Content-Security-Policy that forbids compiling it.
    const reason = typeof WebAssembly === 'undefined' ? RENDER_ENVIRONMENT_MESSAGES.webAssemblyMissing : e instanceof Error ? e.message : String(e);
    throw new UserError(RENDER_ENVIRONMENT_MESSAGES.noWebAssembly(reason));
  }
  const raw = instance.exports;
  const named = Object.fromEntries(mapList(Object.entries(LIBDEFLATE.exports), ([key, name]) => [key, raw[name]])) as unknown as Exports;
  memory = named.memory;
  named.constructors();
  return named;
}

let lib: Exports | undefined;
/** One compressor per level: it holds no state between calls, and allocating one costs a few hundred kilobytes. */
const compressors = new Map<number, number>();

/**
 * A module's memory only grows. After a stream that took it past this (a large PNG that pdfkit compresses again),
 * the instance is let go, so that a batch worker does not keep that much for the rest of the batch; output does not
 * depend on which instance compresses.
 */
export const MEMORY_KEPT = 32 << 20;

function release(): void {
  lib = undefined;
  compressors.clear();
}

/** The zlib format (RFC 1950) of `input` at `level` (1–12; 6 is zlib's default level). */
export function zlibCompress(input: Uint8Array, level: number): Uint8Array {
  lib ??= instantiate();
  let compressor = compressors.get(level);
  if (compressor === undefined) {
    compressor = lib.allocCompressor(level);
    if (!compressor) throw new Error(`libdeflate: no compressor for level ${level}`);
    compressors.set(level, compressor);
  }
  let output: Uint8Array;
  try {
    const room = lib.zlibCompressBound(compressor, input.length);
    const inputAt = lib.malloc(Math.max(1, input.length));
    const outputAt = lib.malloc(room);
    if (!inputAt || !outputAt) throw new Error('libdeflate: out of memory');
    // The views are made after malloc: growing the memory detaches the old buffer.
    new Uint8Array(lib.memory.buffer).set(input, inputAt);
    const written = lib.zlibCompress(compressor, inputAt, input.length, outputAt, room);
    if (!written) throw new Error('libdeflate: compression failed');
    output = new Uint8Array(lib.memory.buffer).slice(outputAt, outputAt + written);
    lib.free(outputAt);
    lib.free(inputAt);
  } catch (e) {
    // After a trap or a failed allocation the module's heap may be broken or hold what was not freed: the next call
    // starts a new instance.
    release();
    throw e;
  }
  if (lib.memory.buffer.byteLength > MEMORY_KEPT) release();
  return output;
}

/** The bytes of memory the current instance holds (0 when there is none), for tests. */
export function libdeflateMemoryBytes(): number {
  return lib ? lib.memory.buffer.byteLength : 0;
}
