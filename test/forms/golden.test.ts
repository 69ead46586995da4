import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData, renderProfileReport } from '../../src/profileReport.js';
import { ROOT } from '../helpers/example.js';
import { readPages } from '../layout/pdfText.js';
import { fixtureData } from './helpers.js';

// Text goldens of each profile's fixture, read back from the PDFs (npm run golden:update refreshes them).
const GOLDEN = join(ROOT, 'test', 'forms', '__golden__');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = ['national-project-2023.yaml', 'sichuan-project-2023.yaml', 'chongqing-department-2021.yaml', 'hunan-2023-township.yaml'];

describe('text goldens of the profiles', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const data = fixtureData(name);
      const rendered = await renderProfileReport(prepareProfileData(loadProfile(data.profile), data));
      const parts: string[] = [];
      for (const doc of rendered.filter((r) => r.layout.kind !== 'combined')) {
        const pages = await readPages(doc.bytes);
        parts.push(`=== ${doc.layout.fileName}（${pages.length} 页）`, ...pages.map((p, i) => `--- 第 ${i + 1} 页\n${p.text.trim()}`));
      }
      const text = `${parts.join('\n')}\n`;
      const file = join(GOLDEN, name.replace(/\.ya?ml$/, '.txt'));
      if (UPDATE || !existsSync(file)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
    }, 60_000);
  }
});
