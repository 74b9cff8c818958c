import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../src/schema/print.ts';

describe('schema.graphql', () => {
  it('matches the printed schema (run `npm run schema:print` after changing the API)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('is built from every type module in src/schema', () => {
    const dir = new URL('../src/schema/', import.meta.url);
    const index = readFileSync(new URL('index.ts', dir), 'utf8');
    const imported = new Set([...index.matchAll(/^import '\.\/([\w.-]+\.ts)';$/gm)].map((match) => match[1]));
    // print.ts prints the schema and zod-input.ts is a helper the type modules call; neither registers anything.
    const helpers = ['index.ts', 'print.ts', 'zod-input.ts'];
    const modules = readdirSync(dir).filter((file) => file.endsWith('.ts') && !helpers.includes(file));
    expect(modules.filter((file) => !imported.has(file))).toEqual([]);
  });
});
