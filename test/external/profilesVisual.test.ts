import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData, renderProfileReport } from '../../src/profileReport.js';
import { ROOT } from '../helpers/example.js';
import { fixtureData } from '../forms/helpers.js';
import { compareWithGolden, goldenNames, MAX_DIFF_RATIO } from '../visual/raster.js';
import { popplerRasterize } from './visual/poppler.js';

// Pictures of every page of each profile's fixture (combined file), against committed goldens (pdftoppm from
// poppler-utils, hence under test/external). After an intended change: UPDATE_VISUAL=1, then look at the pictures.
const FIXTURES = ['national-project-2023.yaml', 'sichuan-project-2023.yaml', 'chongqing-department-2021.yaml', 'hunan-2023-township.yaml'];

describe('pictures of the profiles’ pages', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const data = fixtureData(name);
      const [combined] = await renderProfileReport(prepareProfileData(loadProfile(data.profile), data));
      const pages = Array.from({ length: combined.pages }, (_, i) => i + 1);
      const dir = join(ROOT, 'test', 'external', 'visual', 'golden', 'profiles', name.replace(/\.ya?ml$/, ''));
      const names = pages.map((p) => `p${String(p).padStart(2, '0')}`);
      expect(goldenNames(dir, names).filter((n) => !names.includes(n))).toEqual([]);
      const changed = (await popplerRasterize(combined.bytes, pages))
        .map((png: Buffer, i: number) => compareWithGolden(dir, names[i], png))
        .filter((r) => r.ratio > MAX_DIFF_RATIO)
        .map((r) => `${r.name}: ${(r.ratio * 100).toFixed(3)}%`);
      expect(changed).toEqual([]);
    }, 60_000);
  }
});
