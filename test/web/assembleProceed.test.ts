import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleChecked, checkData, parseInputText, renderChecked } from '../../src/core/index.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const checkedOf = (file: string) => checkData(parseInputText(file, readFileSync(resolve(FIXTURES, file), 'utf8')));

describe.each(['hengyang-investment-2022.json', 'sichuan-project-2023.yaml'])('a build the page no longer wants (%s)', (file) => {
  it('stops between layout and rendering when told to, and is asked once', async () => {
    let asked = 0;
    const set = await assembleChecked(checkedOf(file), {}, async () => (asked++, false));
    expect(set).toBeUndefined();
    expect(asked).toBe(1);
  }, 60_000);

  it('goes on when still wanted, to the same files as a build that is never asked', async () => {
    const set = await assembleChecked(checkedOf(file), {}, async () => true);
    const plain = await renderChecked(checkedOf(file));
    expect(set!.files.map((_, i) => Buffer.from(set!.write(i)))).toEqual(plain.map((p) => Buffer.from(p.bytes)));
  }, 60_000);
});
