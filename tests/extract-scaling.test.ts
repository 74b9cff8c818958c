// Extraction does work linear in the number of speakers. A page of many short
// quotes by distinct people used to compare every person with every other
// (surnames, short names, paragraph offsets), so 12,000 of them took 20 s.
// Time is not measured (it depends on the machine and its load): the test
// counts the elements the extractor's array scans visit, and the string
// comparisons it makes, which a quadratic pass multiplies by 16 when the
// speakers go from 1,000 to 4,000, and a linear one by about 4.
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { warmUp } from '../src/extract/nlp.ts';
import { distinctSpeakers } from './helpers/speakers.ts';

type Patched = { owner: object; name: PropertyKey; original: unknown };
const patched: Patched[] = [];
let work = 0;

/** Counts `cost(this)` for every call of `owner[name]` until the test ends. */
function meter(owner: object, name: PropertyKey, cost: (self: unknown) => number): void {
  const original = Reflect.get(owner, name) as (...args: unknown[]) => unknown;
  patched.push({ owner, name, original });
  Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
    work += cost(this);
    return original.apply(this, args);
  });
}

afterEach(() => {
  for (const { owner, name, original } of patched.splice(0)) Reflect.set(owner, name, original);
});

function workFor(speakers: number): number {
  const text = distinctSpeakers(speakers);
  work = 0;
  const extraction = extractArticle(text);
  // The page is read as intended: every quote attributed to its own speaker.
  expect(extraction.statements.filter((s) => s.speaker)).toHaveLength(speakers);
  return work;
}

describe('extraction of a page of many distinct speakers', () => {
  it('does work linear in the number of speakers', () => {
    warmUp();
    const length = (self: unknown) => (self as unknown[]).length;
    for (const name of ['find', 'findIndex', 'findLast', 'some', 'every', 'filter', 'forEach', 'map', 'indexOf', 'includes'] as const) {
      meter(Array.prototype, name, length);
    }
    meter(Array.prototype, Symbol.iterator, length);
    meter(Map.prototype, 'values', (self) => (self as Map<unknown, unknown>).size);
    for (const name of ['split', 'endsWith', 'startsWith', 'includes'] as const) meter(String.prototype, name, () => 1);
    const small = workFor(1000);
    const large = workFor(4000);
    expect(large / small).toBeLessThan(6);
  });
});
