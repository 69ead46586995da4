import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeInputFile } from '../../src/convert/files.js';
import { parseProfileInput } from '../../src/forms/parse.js';
import { loadInput } from '../../src/load/index.js';
import { loadProfile } from '../../src/node/profiles.js';
import { tempDir } from '../helpers/tmp.js';
import { fixtureData } from './helpers.js';

const FIXTURES = ['national-project-2023.yaml', 'sichuan-project-2023.yaml', 'chongqing-department-2021.yaml', 'hunan-2023-township.yaml'];

/** The input as the model reads it: what must survive every conversion. */
const model = (data: unknown) => JSON.stringify(parseProfileInput(loadProfile((data as { profile: string }).profile), data));

describe('profile inputs convert json ⇄ yaml ⇄ xlsx without loss', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const dir = tempDir('jixiao-profile-rt-');
      const original = fixtureData(name);
      let data: unknown = original;
      for (const file of ['a.xlsx', 'b.yaml', 'c.json', 'd.xlsx', 'e.json']) {
        await writeInputFile(join(dir, file), data);
        data = await loadInput(join(dir, file));
      }
      expect(model(data)).toBe(model(original));
    }, 30_000);
  }

  it('a blank workbook of a profile reads back as a blank input of that profile', async () => {
    const dir = tempDir('jixiao-profile-blank-');
    const { blankProfileInput } = await import('../../src/forms/blank.js');
    await writeInputFile(join(dir, 'blank.xlsx'), blankProfileInput(loadProfile('sichuan-project')));
    const data = (await loadInput(join(dir, 'blank.xlsx'))) as Record<string, unknown>;
    expect(data.profile).toBe('sichuan-project');
    expect(data.projects).toEqual([]);
  });
});
