// Synthetic replacements from a maintained fake-data library (faker, English locale only). Every fake is
// derived from a keyed hash of (run seed, entity, normalised value), so the same value maps to the same fake
// everywhere in a run, across files and worker threads, whatever the order in which values are met.
import { createHash } from 'node:crypto';
import type { Faker } from '@faker-js/faker' with { 'resolution-mode': 'import' };
import { generatorFor, type FakeSource } from './generators';

/** Produces realistic fakes of the same kind and shape; the same (entity, value) always maps to the same fake within one instance. */
export interface Synthesizer {
  synthetic(entity: string, value: string): string;
}

let fakerInstance: Faker | undefined;

/** Loaded on first use: linting without fixes never pays for faker's data. */
function loadFaker(): Faker {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fakerInstance ??= (require('@faker-js/faker/locale/en') as { faker: Faker }).faker;
  return fakerInstance;
}

function fakeSource(faker: Faker): FakeSource {
  return {
    int: (min, max) => faker.number.int({ min, max }),
    pick: (items) => faker.helpers.arrayElement(items as unknown[]) as never,
    firstName: () => faker.person.firstName(),
    lastName: () => faker.person.lastName(),
    streetAddress: () => faker.location.streetAddress(),
    city: () => faker.location.city(),
    stateAbbr: () => faker.location.state({ abbreviated: true }),
    username: () => faker.internet.username(),
    password: (length) => faker.internet.password({ length, memorable: false }),
    word: () => faker.word.noun(),
  };
}

function normalizeForKey(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function derivedSeed(seed: number, entity: string, value: string): number {
  const h = createHash('sha256').update(`${seed}\u0000${entity}\u0000${normalizeForKey(value)}`).digest();
  return h.readUInt32LE(0);
}

export function createSynthesizer(seed = 1): Synthesizer {
  const cache = new Map<string, string>();
  return {
    synthetic(entity, value) {
      const key = `${entity}\u0000${value}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const faker = loadFaker();
      const source = fakeSource(faker);
      const generate = generatorFor(entity);
      let fake = value;
      // A fake equal to the original would leave the value in place; retry with the next seed.
      for (let attempt = 0; attempt < 5 && (fake === value || fake.length === 0); attempt++) {
        faker.seed(derivedSeed(seed + attempt * 7919, entity, value));
        fake = generate(value, source);
      }
      cache.set(key, fake);
      return fake;
    },
  };
}
