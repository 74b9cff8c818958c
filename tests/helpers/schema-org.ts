// The schema.org vocabulary as schema-dts declares it (its schema.d.ts, the
// package's own build of schema.org), and a check that a JSON-LD document
// uses only types it has and, on each object, only properties its type has
// (its own or inherited).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type Vocabulary = { types: Set<string>; propertiesOf(type: string): Set<string> | null };

export function schemaOrgVocabulary(): Vocabulary {
  const file = path.join(path.dirname(createRequire(import.meta.url).resolve('schema-dts/package.json')), 'dist', 'schema.d.ts');
  const source = readFileSync(file, 'utf8');
  const bases = new Map<string, { parents: string[]; properties: string[] }>();
  for (const match of source.matchAll(/^interface (\w+) extends ([^{]+)\{\n([\s\S]*?)^\}/gm)) {
    const [, name, parents = '', body = ''] = match;
    bases.set(name as string, {
      parents: [...parents.matchAll(/(\w+Base)\b/g)].map((parent) => parent[1] as string),
      properties: [...body.matchAll(/^ {4}"([^"@][^"]*)"\?:/gm)].map((property) => property[1] as string),
    });
  }
  const leaves = new Map<string, string>();
  for (const match of source.matchAll(/^export interface \w+Leaf extends (\w+Base) \{\n\s+"@type": "(\w+)";/gm))
    leaves.set(match[2] as string, match[1] as string);
  const cache = new Map<string, Set<string>>();
  const collect = (base: string, into: Set<string>) => {
    const entry = bases.get(base);
    if (!entry) return;
    for (const property of entry.properties) into.add(property);
    for (const parent of entry.parents) collect(parent, into);
  };
  return {
    types: new Set(leaves.keys()),
    propertiesOf(type) {
      const base = leaves.get(type);
      if (!base) return null;
      let properties = cache.get(type);
      if (!properties) {
        properties = new Set();
        collect(base, properties);
        cache.set(type, properties);
      }
      return properties;
    },
  };
}

/** Every use of a type or property the vocabulary lacks, with where it is. */
export function vocabularyProblems(vocabulary: Vocabulary, document: unknown, at = '$'): string[] {
  if (Array.isArray(document)) return document.flatMap((item, i) => vocabularyProblems(vocabulary, item, `${at}[${i}]`));
  if (!document || typeof document !== 'object') return [];
  const object = document as Record<string, unknown>;
  const type = object['@type'];
  if (typeof type !== 'string') return [`${at}: an object without a @type`];
  const properties = vocabulary.propertiesOf(type);
  if (!properties) return [`${at}: ${type} is not a schema.org type`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (key === '@context' || key === '@type' || key === '@id') continue;
    if (!properties.has(key)) problems.push(`${at}.${key}: ${type} has no property "${key}"`);
    problems.push(...vocabularyProblems(vocabulary, value, `${at}.${key}`));
  }
  return problems;
}
