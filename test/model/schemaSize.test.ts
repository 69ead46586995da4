import { describe, expect, it, vi } from 'vitest';
import { zodObjectsMade } from '../helpers/zodObjects.js';

/**
 * Every build and check makes its input's schema anew, and each zod object costs a cold start ~20 µs: one object per
 * step, not a copy per check or per title (src/model/primitives.ts).
 */
describe('the report schema', () => {
  it("is made of fewer than 750 zod objects (~1,080 before, ~680 after)", async () => {
    const made = await zodObjectsMade(async () => {
      vi.resetModules();
      await import('../../src/node/resources.js');
      const { ReportInputSchema } = await import('../../src/model/schema.js');
      expect(ReportInputSchema.shape.basicData).toBeDefined();
    });
    expect(made).toBeGreaterThan(300);
    expect(made).toBeLessThan(750);
  });
});
