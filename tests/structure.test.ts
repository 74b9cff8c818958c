// The module graph has no cycles: a type module that imports another which
// imports it back is built half-initialised, and with one shared builder that
// fails at random. Generated code (Prisma's client) is left out.
import madge from 'madge';
import { expect, it } from 'vitest';

it('has no import cycles in src/, scripts/ or bench/', async () => {
  const root = new URL('..', import.meta.url).pathname;
  const graph = await madge(['src', 'scripts', 'bench'], {
    baseDir: root,
    fileExtensions: ['ts'],
    excludeRegExp: [/generated\//],
    tsConfig: `${root}tsconfig.json`,
  });
  expect(graph.circular()).toEqual([]);
}, 60_000);
