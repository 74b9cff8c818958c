// Checks every reference inside an ingestion input before anything is
// written: local keys must be declared once and point at the right kind of
// entity, global ids must decode to an allowed type. All problems are reported
// together, each with the path of the field that has it.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { FieldIssue } from '../errors.ts';
import type { IngestArticle } from './input.ts';

export type Kind = 'Person' | 'Organization' | 'Place' | 'Event' | 'Statement';

export type Ref = { local: true; kind: Kind; key: string } | { local: false; kind: Kind; id: string };

export type RefTable = {
  resolve(ref: string, path: string, allowed: readonly Kind[]): Ref | null;
  issues: FieldIssue[];
};

const kindLists = [
  ['people', 'Person'],
  ['organizations', 'Organization'],
  ['places', 'Place'],
  ['events', 'Event'],
] as const;

export function refTable(input: IngestArticle): RefTable {
  const issues: FieldIssue[] = [];
  const declared = new Map<string, Kind>();
  const declare = (key: string, kind: Kind, path: string) => {
    if (declared.has(key)) issues.push({ path, message: `key "${key}" is declared more than once` });
    else declared.set(key, kind);
  };
  for (const [list, kind] of kindLists) {
    for (const [index, entity] of input[list].entries()) declare(entity.key, kind, `${list}.${index}.key`);
  }
  for (const [index, statement] of input.statements.entries()) {
    if (statement.key) declare(statement.key, 'Statement', `statements.${index}.key`);
  }

  return {
    issues,
    resolve(ref, path, allowed) {
      const local = declared.get(ref);
      if (local) {
        if (allowed.includes(local)) return { local: true, kind: local, key: ref };
        issues.push({ path, message: `"${ref}" is a ${local}; expected ${describe(allowed)}` });
        return null;
      }
      let decoded: { typename: string; id: string } | null = null;
      try {
        decoded = decodeGlobalID(ref);
      } catch {
        decoded = null;
      }
      if (!decoded?.id || !['Person', 'Organization', 'Place', 'Event', 'Statement'].includes(decoded.typename)) {
        issues.push({ path, message: `"${ref}" is neither a key declared in this input nor the id of ${describe(allowed)}` });
        return null;
      }
      if (!allowed.includes(decoded.typename as Kind)) {
        issues.push({ path, message: `"${ref}" is the id of a ${decoded.typename}; expected ${describe(allowed)}` });
        return null;
      }
      return { local: false, kind: decoded.typename as Kind, id: decoded.id };
    },
  };
}

function describe(kinds: readonly Kind[]): string {
  return kinds.map((kind) => `a${/^[AEIOU]/.test(kind) ? 'n' : ''} ${kind}`).join(' or ');
}

/** Every entity in dependency order: a parent key before its children; a cycle is an issue. */
export function parentsFirst<T extends { key: string; parent?: string | null }>(items: T[], list: string, issues: FieldIssue[]): T[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: T[] = [];
  const visit = (item: T, index: number) => {
    if (done.has(item.key)) return;
    if (visiting.has(item.key)) {
      issues.push({ path: `${list}.${index}.parent`, message: `"${item.key}" is its own ancestor` });
      return;
    }
    visiting.add(item.key);
    const parent = item.parent ? byKey.get(item.parent) : undefined;
    if (parent) visit(parent, items.indexOf(parent));
    visiting.delete(item.key);
    done.add(item.key);
    ordered.push(item);
  };
  items.forEach(visit);
  return ordered;
}
