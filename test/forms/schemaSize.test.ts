import { describe, expect, it } from 'vitest';
import '../../src/node/resources.js';
import { loadProfile } from '../../src/core/profiles.js';
import { schemaFromProfile } from '../../src/forms/schema.js';
import { zodObjectsMade } from '../helpers/zodObjects.js';

/** A profile's input schema is made anew by every build and check of its input: see test/model/schemaSize.test.ts. */
describe("a profile's input schema", () => {
  it("hunan-2023's, made from its forms, is made of fewer than 850 (~980 before, ~800 after)", async () => {
    const profile = loadProfile('hunan-2023');
    const made = await zodObjectsMade(async () => expect(schemaFromProfile(profile).shape.profile).toBeDefined());
    expect(made).toBeGreaterThan(400);
    expect(made).toBeLessThan(850);
  });
});
