import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers/example.js';

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return { ...fs, existsSync: vi.fn(fs.existsSync) };
});

let packageRoot: () => string;

beforeAll(async () => {
  // The test setup has loaded the module with the real node:fs already: load it again, with the counting one.
  vi.resetModules();
  ({ packageRoot } = await import('../src/packageRoot.js'));
});

describe('packageRoot', () => {
  it('finds the folder holding package.json and templates', () => {
    expect(packageRoot()).toBe(ROOT);
    expect(existsSync(join(packageRoot(), 'templates', 'labels.yaml'))).toBe(true);
  });

  it('searches the disk once, not on every template lookup (a check asks ~200 times)', () => {
    packageRoot();
    vi.mocked(existsSync).mockClear();
    for (let i = 0; i < 200; i++) expect(packageRoot()).toBe(ROOT);
    expect(existsSync).not.toHaveBeenCalled();
  });
});
