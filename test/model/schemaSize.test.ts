import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';

/**
 * Every build and check makes the report's schema anew, and each zod object costs a cold start ~20 µs: one object per
 * step, not a copy per check or per title (src/model/primitives.ts). ~1,080 before that was so, ~680 after.
 */
describe('the report schema', () => {
  it('is made of fewer than 750 zod objects', async () => {
    let made = 0;
    // zod's own hook, run once for every object it makes (zod/compile installs it).
    const config = z.config() as { postProcessor?: () => void };
    config.postProcessor = () => {
      made++;
    };
    try {
      vi.resetModules();
      await import('../../src/node/resources.js');
      const { ReportInputSchema } = await import('../../src/model/schema.js');
      expect(ReportInputSchema.shape.basicData).toBeDefined();
    } finally {
      delete config.postProcessor;
    }
    expect(made).toBeGreaterThan(300);
    expect(made).toBeLessThan(750);
  });
});
