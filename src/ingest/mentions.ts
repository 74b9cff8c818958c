// Finds where the input's people, organizations and places are named in the
// body when the input does not say. Each stretch of text names one entity:
// longer names win over shorter ones inside them ("Vladimir Putin" over
// "Putin"), and on the same words the entity declared first wins.
import type { IngestArticle } from './input.ts';

export type FoundMention = { key: string; offsets: number[] };

type Candidate = { key: string; start: number; end: number; rank: number };

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

function occurrences(body: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) {
    if (!isWordChar(body[at - 1]) && !isWordChar(body[at + needle.length])) found.push(at);
  }
  return found;
}

export function findMentions(input: IngestArticle): FoundMention[] {
  const entities = [
    // A person is often named by surname alone after the first mention.
    ...input.people.map((p) => ({ key: p.key, names: [p.name, ...p.aliases, p.name.split(/\s+/).at(-1) ?? ''] })),
    ...input.organizations.map((o) => ({ key: o.key, names: [o.name, ...o.aliases] })),
    ...input.places.map((p) => ({ key: p.key, names: [p.name, ...p.aliases] })),
  ];
  const candidates: Candidate[] = [];
  entities.forEach(({ key, names }, rank) => {
    for (const name of new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))) {
      for (const start of occurrences(input.body, name)) candidates.push({ key, start, end: start + name.length, rank });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken: Candidate[] = [];
  for (const candidate of candidates) {
    if (!taken.some((t) => candidate.start < t.end && t.start < candidate.end)) taken.push(candidate);
  }
  const byKey = new Map<string, number[]>();
  for (const mention of taken) byKey.set(mention.key, [...(byKey.get(mention.key) ?? []), mention.start]);
  return [...byKey].map(([key, offsets]) => ({ key, offsets: offsets.sort((a, b) => a - b) }));
}
