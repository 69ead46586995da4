import { describe, expect, it } from 'vitest';
import { capturedOf, installCapture } from '../../src/render/pdfObjects.js';

/** A stand-in for pdfkit's reference class, with the fields the capture reads and writes. */
class Reference {
  document = { _refEnd: () => {} };
  data: Record<string, unknown> = {};
  buffer: unknown[] = [];
  uncompressedLength = 0;
  compress = false;
  id = 1;
  gen = 0;
}

describe('a captured stream written as text and bytes', () => {
  it('has the bytes pdfkit would make of it (Buffer.from(chunk + "\\n", "binary"), bytes as they are)', () => {
    installCapture(new Reference());
    const ref = new Reference() as Reference & { write(chunk: unknown): void; finalize(): void };
    const chunks: unknown[] = ['BT /F1 12 Tf', new Uint8Array([0, 1, 255]), '<4f60> Tj \u0141', 42];
    for (const c of chunks) ref.write(c);
    const expected = Buffer.concat(chunks.map((c) => (c instanceof Uint8Array ? c : Buffer.from(`${c as string}\n`, 'binary'))));
    expect(ref.data.Length).toBe(expected.length);
    expect(ref.uncompressedLength).toBe(expected.length);
    ref.finalize();
    expect(Buffer.from(capturedOf(ref.document).get(ref)!)).toEqual(expected);
  });

  it('has those bytes when runs of text chunks are written at once: ASCII, Latin-1, wider characters, bytes between', () => {
    installCapture(new Reference());
    const ref = new Reference() as Reference & { write(chunk: unknown): void; finalize(): void };
    const chunks: unknown[] = ['q', '1 0 0 1 72 720 cm', '<00010002> Tj', new Uint8Array([10, 200]), 'caf\u00e9', 'Q', new Uint8Array(0), '\u4f60\u597d', 'ET'];
    for (const c of chunks) ref.write(c);
    const expected = Buffer.concat(chunks.map((c) => (c instanceof Uint8Array ? c : Buffer.from(`${c as string}\n`, 'binary'))));
    ref.finalize();
    expect(Buffer.from(capturedOf(ref.document).get(ref)!)).toEqual(expected);
  });
});

