// Who a pronoun or a description refers back to: the last person (of a
// gender) or organization before a position, among the speakers so far and
// the mentions, and the most recent person whose role holds a word. Each is a
// look-up in indexes that grow as statements are found, not a walk back over
// every earlier speaker and mention (see recency.ts).
import type { Entity, Mention, Registry } from './entities.ts';
import { type Keys, Latest, lastAtOrBefore, Survivors } from './recency.ts';

type Gender = 'm' | 'f';
const fitsFor = {
  any: (e: Entity | undefined) => e?.type === 'PERSON',
  m: (e: Entity | undefined) => e?.type === 'PERSON' && e.gender !== 'f',
  f: (e: Entity | undefined) => e?.type === 'PERSON' && e.gender !== 'm',
};
type Kind = keyof typeof fitsFor;

export interface AntecedentRules {
  /** Whether a mention is the subject of a verb ("Smith said", "Smith, 52, said"). */
  isSubject: (m: Mention) => boolean;
  /** Whether a mention is inside a quotation: a name the speaker says, not one "he" points back at. */
  quoted?: (m: Mention) => boolean;
  /** Words a person's role is looked up by (see `Keys`). */
  roleKeys: Keys;
  /** Words an organization's name is looked up by. */
  orgKeys: Keys;
}

export function antecedents(registry: Registry, mentions: Mention[], rules: AntecedentRules) {
  const entity = (key: string) => registry.entities.get(key);
  const ranked = [...registry.entities.values()];
  const rank = new Map<Entity, number>(ranked.map((e, i) => [e, i]));
  const mentionsOf = new Map<string, number[]>();
  mentions.forEach((m, k) => append(mentionsOf, m.entity, k));

  // Speakers so far, in text order (statements are found in the order of where they are attributed).
  const history: { key: string; at: number; named: boolean }[] = [];
  const spokenBy = new Map<string, number[]>();
  /** Per kind of person: the speakers, the mentions, and the mentions that are subjects, that fit it. */
  const people = {} as Record<Kind, { spoke: Survivors; mentioned: Survivors; subjects: Survivors }>;
  const subject = mentions.map((m) => fitsFor.any(entity(m.entity)) && rules.isSubject(m));
  for (const kind of Object.keys(fitsFor) as Kind[]) {
    const fits = fitsFor[kind];
    const index = { spoke: new Survivors(), mentioned: new Survivors(), subjects: new Survivors() };
    mentions.forEach((m, k) => {
      const fit = fits(entity(m.entity)) && !rules.quoted?.(m);
      index.mentioned.push(fit);
      index.subjects.push(fit && (subject[k] as boolean));
    });
    people[kind] = index;
  }
  const orgs = { spoke: new Survivors(), mentioned: new Survivors() };
  for (const m of mentions) orgs.mentioned.push(entity(m.entity)?.type === 'ORGANIZATION');

  /** The last mention starting before `offset` (mentions are in text order). */
  const lastMentionBefore = (offset: number) => lastAtOrBefore(mentions.length, (k) => (mentions[k] as Mention).start, offset - 1);
  /** The last statement attributed at or before `at`. */
  const lastSpokenBy = (at: number) => lastAtOrBefore(history.length, (k) => (history[k] as { at: number }).at, at);

  // Organizations by the words of their names and by their kinds, and per description word looked up, the statements
  // and mentions of those it matches (organizations never change while statements are found).
  const orgsByKey = new Map<string, Entity[]>();
  const orgsByKind = new Map<string, Entity[]>();
  for (const e of ranked) {
    if (e.type !== 'ORGANIZATION') continue;
    const kind = (e.orgKind ?? '').toLowerCase();
    append(orgsByKind, kind, e);
    for (const word of e.name.toLowerCase().split(/\s+/)) {
      for (const key of rules.orgKeys.of(word)) {
        const list = orgsByKey.get(key);
        if (!list) orgsByKey.set(key, [e]);
        else if (list.at(-1) !== e) list.push(e);
      }
    }
  }
  type Described = { spoke: number[]; mentioned: number[] };
  const orgHeads = new Map<string, Described>();
  const orgHeadsOf = new Map<string, Described[]>();
  const orgsNamed = (head: string): Described => {
    const known = orgHeads.get(head);
    if (known) return known;
    const matches = new Set<Entity>(
      rules.orgKeys.covers(head)
        ? (orgsByKey.get(head) ?? [])
        : ranked.filter((e) => e.type === 'ORGANIZATION' && e.name.toLowerCase().includes(head)),
    );
    for (const [kind, list] of orgsByKind) if (kind.includes(head)) for (const e of list) matches.add(e);
    const described: Described = { spoke: [], mentioned: [] };
    for (const e of matches) {
      for (const k of spokenBy.get(e.key) ?? []) described.spoke.push(k);
      for (const k of mentionsOf.get(e.key) ?? []) described.mentioned.push(k);
      append(orgHeadsOf, e.key, described);
    }
    described.spoke.sort((a, b) => a - b);
    described.mentioned.sort((a, b) => a - b);
    orgHeads.set(head, described);
    return described;
  };

  // People by the words of their roles (which grow as statements name them), and per role word looked up, the
  // mentions and statements of those it matches.
  const roleKeys = new Map<string, { people: Set<Entity>; first: number; latest?: Latest }>();
  const roleKeysOf = new Map<Entity, Latest[]>();
  const join = (latest: Latest, e: Entity) => {
    const r = rank.get(e) as number;
    for (const m of e.mentions) latest.mention(m.start, r);
    for (const k of spokenBy.get(e.key) ?? []) latest.spoke((history[k] as { at: number }).at, r);
    append(roleKeysOf, e, latest);
  };
  const addRole = (e: Entity, role: string) => {
    if (e.type !== 'PERSON') return;
    for (const word of role.toLowerCase().split(/\s+/)) {
      for (const key of rules.roleKeys.of(word)) {
        let entry = roleKeys.get(key);
        if (!entry) {
          entry = { people: new Set(), first: Number.POSITIVE_INFINITY };
          roleKeys.set(key, entry);
        }
        if (entry.people.has(e)) continue;
        entry.people.add(e);
        entry.first = Math.min(entry.first, rank.get(e) as number);
        if (entry.latest) join(entry.latest, e);
      }
    }
  };
  for (const e of ranked) for (const r of e.roles) addRole(e, r.role);

  /** The latest statement or mention of `e` before `before` (a statement at it counts), or -1. */
  const lastAt = (e: Entity, before: number) => {
    let at = -1;
    for (const k of spokenBy.get(e.key) ?? []) if ((history[k] as { at: number }).at <= before) at = (history[k] as { at: number }).at;
    for (const m of e.mentions) if (m.start < before) at = Math.max(at, m.start);
    return at;
  };

  return {
    /** Records that `key` spoke at `at` (never before an earlier call's `at`), `named` there or pointed at by a pronoun. */
    spoke(key: string | null, at: number, named = true): void {
      if (!key) return;
      const k = history.length;
      history.push({ key, at, named });
      append(spokenBy, key, k);
      const e = entity(key);
      for (const kind of Object.keys(fitsFor) as Kind[]) people[kind].spoke.push(fitsFor[kind](e));
      orgs.spoke.push(e?.type === 'ORGANIZATION');
      for (const described of orgHeadsOf.get(key) ?? []) described.spoke.push(k);
      if (e) for (const latest of roleKeysOf.get(e) ?? []) latest.spoke(at, rank.get(e) as number);
    },

    /** The last `count` statements attributed at or before `at`, oldest first. */
    speakersBefore(at: number, count: number): { key: string; at: number; named: boolean }[] {
      const end = lastSpokenBy(at) + 1;
      return history.slice(Math.max(0, end - count), end);
    },

    /** Gives `e` a gender it did not have: it no longer fits the other one. */
    setGender(e: Entity, gender: Gender): void {
      if (e.gender) return;
      e.gender = gender;
      const other = people[gender === 'm' ? 'f' : 'm'];
      for (const k of spokenBy.get(e.key) ?? []) other.spoke.strike(k);
      for (const k of mentionsOf.get(e.key) ?? []) {
        other.mentioned.strike(k);
        other.subjects.strike(k);
      }
    },

    /**
     * The last person (of `gender`, or of none yet) before `at`: the last speaker, unless a later mention is the subject
     * of a verb; with no speaker, the last mention.
     */
    lastPerson(at: number, gender?: Gender): Entity | undefined {
      const index = people[gender ?? 'any'];
      const s = index.spoke.at(lastSpokenBy(at));
      const spoken = s >= 0 ? (history[s] as { key: string; at: number }) : undefined;
      const before = lastMentionBefore(at);
      if (!spoken) {
        const m = index.mentioned.at(before);
        return m >= 0 ? entity((mentions[m] as Mention).entity) : undefined;
      }
      const m = index.subjects.at(before);
      if (m >= 0 && (mentions[m] as Mention).start > spoken.at) return entity((mentions[m] as Mention).entity);
      return entity(spoken.key);
    },

    /** The last organization (whose name or kind holds `head`, if given) to speak at or before `at`, else to be mentioned before it. */
    lastOrg(at: number, head?: string): Entity | undefined {
      if (head === undefined) {
        const s = orgs.spoke.at(lastSpokenBy(at));
        if (s >= 0) return entity((history[s] as { key: string }).key);
        const m = orgs.mentioned.at(lastMentionBefore(at));
        return m >= 0 ? entity((mentions[m] as Mention).entity) : undefined;
      }
      const described = orgsNamed(head);
      const s = lastAtOrBefore(described.spoke.length, (k) => (history[described.spoke[k] as number] as { at: number }).at, at);
      if (s >= 0) return entity((history[described.spoke[s] as number] as { key: string }).key);
      const m = lastAtOrBefore(described.mentioned.length, (k) => (mentions[described.mentioned[k] as number] as Mention).start, at - 1);
      return m >= 0 ? entity((mentions[described.mentioned[m] as number] as Mention).entity) : undefined;
    },

    /** Records that person `e` has `role` (roles are looked up by their words). */
    addRole,

    /**
     * The person with a role holding `word` who was mentioned or spoke last before `before` (the first such person if
     * none was yet), and whether there is any.
     */
    latestWithRole(word: string, before: number): Entity | undefined {
      if (!rules.roleKeys.covers(word)) {
        const matching = ranked.filter((e) => e.type === 'PERSON' && e.roles.some((r) => r.role.toLowerCase().includes(word)));
        let best: Entity | undefined;
        let bestAt = Number.NEGATIVE_INFINITY;
        for (const e of matching) {
          const at = lastAt(e, before);
          if (at > bestAt) [best, bestAt] = [e, at];
        }
        return best;
      }
      const entry = roleKeys.get(word);
      if (!entry) return undefined;
      if (!entry.latest) {
        entry.latest = new Latest();
        for (const e of entry.people) join(entry.latest, e);
      }
      const r = entry.latest.before(before);
      return ranked[r >= 0 ? r : entry.first];
    },
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
