import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/example.js';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';

/** A fixture's plain data, fresh each call (tests plant mistakes in it). */
export function fixtureData(name: string): Record<string, any> {
  return parse(readFileSync(join(ROOT, 'fixtures', name), 'utf8'));
}

/** Findings of data for its profile, as "id path" lines. */
export function findingsOf(data: Record<string, any>): { id: string; path: string; message: string; where: string }[] {
  return prepareProfileData(loadProfile(data.profile), data).findings;
}
