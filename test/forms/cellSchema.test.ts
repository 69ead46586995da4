import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import '../../src/node/resources.js';
import { cellSchema } from '../../src/forms/cells.js';

/** What a user's profile exports for one cell (jixiao schema --profile). No shipped profile has a required number cell. */
const exported = (kind: 'money' | 'percent', required: boolean) =>
  (z.toJSONSchema(z.object({ a: cellSchema(kind, 'T', { required }) }), { io: 'input' }) as unknown as { properties: { a: { title?: string; description?: string } } }).properties.a;

describe("a cell's schema", () => {
  it.each(['money', 'percent'] as const)('keeps the description of a required %s cell beside its title', (kind) => {
    const cell = exported(kind, true);
    expect(cell.title).toBe('T');
    expect(cell.description).toMatch(/^T/);
    expect(exported(kind, false).title).toBe('T');
  });
});
