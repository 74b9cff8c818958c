// Extraction does work linear in the size of the page, whatever the page repeats. A page of many short quotes by
// distinct people used to compare every person with every other (surnames, short names, paragraph offsets), so
// 12,000 of them took 20 s; pages of many descriptions ("the minister said"), pronouns after speakers of the other
// gender, captions or roles of one person walked back over every earlier speaker or entity (tests/helpers/
// adversarial.ts has one page of each shape). Time is not measured (it depends on the machine and its load): the test
// counts the elements the extractor's array scans visit, the elements splices shift, the map look-ups (each step of a
// walk back over the speakers looks one up) and the string comparisons it makes, which a quadratic pass multiplies by
// 16 when a page goes from 1,000 to 4,000 repeats, and a linear one by about 4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import { warmUp } from '../src/extract/nlp.ts';
import { shapes } from './helpers/adversarial.ts';
import { distinctSpeakers } from './helpers/speakers.ts';

type Patched = { owner: object; name: PropertyKey; original: unknown };
const patched: Patched[] = [];
let work = 0;

/** Counts `cost(this, args)` for every call of `owner[name]` until the tests end. */
function meter(owner: object, name: PropertyKey, cost: (self: unknown, args: unknown[]) => number): void {
  const original = Reflect.get(owner, name) as (...args: unknown[]) => unknown;
  patched.push({ owner, name, original });
  Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
    work += cost(this, args);
    return original.apply(this, args);
  });
}

beforeAll(() => {
  warmUp();
  const length = (self: unknown) => (self as unknown[]).length;
  for (const name of ['find', 'findIndex', 'findLast', 'some', 'every', 'filter', 'forEach', 'map', 'indexOf', 'includes'] as const) {
    meter(Array.prototype, name, length);
  }
  meter(Array.prototype, Symbol.iterator, length);
  meter(Array.prototype, 'splice', (self, args) => Math.max(0, (self as unknown[]).length - Number(args[0] ?? 0)));
  meter(Map.prototype, 'values', (self) => (self as Map<unknown, unknown>).size);
  meter(Map.prototype, 'get', () => 1);
  for (const name of ['split', 'endsWith', 'startsWith', 'includes'] as const) meter(String.prototype, name, () => 1);
});

afterAll(() => {
  for (const { owner, name, original } of patched.splice(0)) Reflect.set(owner, name, original);
});

function workFor(page: string): number {
  work = 0;
  extractArticle(page);
  return work;
}

describe('extraction of a page of many distinct speakers', () => {
  it('reads every quote as its own speaker’s', () => {
    const extraction = extractArticle(distinctSpeakers(1000));
    expect(extraction.statements.filter((s) => s.speaker)).toHaveLength(1000);
  });
});

describe('extraction work', () => {
  it.each(Object.keys(shapes))('grows linearly on a page of %s', (shape) => {
    const make = shapes[shape] as (n: number) => string;
    const small = workFor(make(1000));
    const large = workFor(make(4000));
    expect(large / small).toBeLessThan(6);
  });
});
