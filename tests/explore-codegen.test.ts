// The explorer's typed operations and its trusted-documents manifest are
// generated (npm run codegen) and committed beside its sources; regenerating
// them from schema.graphql and src/web/explore/operations.ts must give the
// same files, so a changed operation or schema cannot ship a stale manifest.
// The tests' typed documents (tests/gql/) come from the same run and are held
// to the same rule, so a test's result type is always the schema's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../codegen.ts';
import { projectRoot } from '../src/paths.ts';
import { exploreDocuments } from '../src/web/explore-documents.ts';

it('regenerating the explorer’s and the tests’ operations gives the committed files', async () => {
  const outputs = await generate({ ...config, cwd: projectRoot, silent: true }, false);
  const files = outputs
    .map((output: { filename: string }) => path.relative(projectRoot, path.resolve(projectRoot, output.filename)))
    .sort();
  expect(files).toEqual([
    'src/web/explore/gql/gql.ts',
    'src/web/explore/gql/graphql.ts',
    'src/web/explore/gql/index.ts',
    'src/web/explore/gql/persisted-documents.json',
    'tests/gql/gql.ts',
    'tests/gql/graphql.ts',
    'tests/gql/index.ts',
  ]);
  for (const output of outputs) {
    expect(readFileSync(path.resolve(projectRoot, output.filename), 'utf8'), `${output.filename} is stale: npm run codegen`).toBe(
      output.content,
    );
  }
}, 60_000);

it('names every query the explorer sends in the manifest the server trusts', async () => {
  const generated = await import('../src/web/explore/gql/graphql.ts');
  const sent = Object.entries(generated).filter(([name]) => /^Explore\w+Document$/.test(name));
  expect(sent.map(([name]) => name).sort()).toEqual([
    'ExploreArticleBodiesDocument',
    'ExploreEntityPageDocument',
    'ExploreEventDocument',
    'ExploreHomeDocument',
    'ExploreNeighboursDocument',
    'ExplorePathDocument',
    'ExploreSearchDocument',
    'ExploreStatementPageDocument',
  ]);
  const trusted = exploreDocuments();
  for (const [name, document] of sent) {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';
    expect(trusted[hash], name).toMatch(/^(fragment|query) /);
    expect(trusted[hash], name).toContain(`query ${name.replace(/Document$/, '')}`);
  }
});
