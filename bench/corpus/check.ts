// Consistency checks for a loaded corpus: derived data (event paths, indirect
// statement scope) agrees with its source, offsets point at what they claim,
// and no constraint is left unvalidated. Each query returns the number of
// offending rows; all must be zero.

export const corpusChecks: Record<string, string> = {
  'constraints not validated': `SELECT count(*)::int AS n FROM pg_constraint c JOIN pg_namespace ns ON ns.oid = c.connamespace
     WHERE ns.nspname = current_schema() AND NOT c.convalidated`,
  'invalid indexes': `SELECT count(*)::int AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = current_schema() AND NOT i.indisvalid`,
  'event paths that disagree with parents': `SELECT count(*)::int AS n FROM event e LEFT JOIN event p ON p.id = e.parent_id
     WHERE e.ancestor_ids IS DISTINCT FROM CASE WHEN p.id IS NULL THEN '{}'::text[] ELSE p.ancestor_ids || p.id END`,
  'sub-events outside their parent dates': `SELECT count(*)::int AS n FROM event e JOIN event p ON p.id = e.parent_id
     WHERE e.start_at < p.start_at OR e.end_at > p.end_at OR e.end_at < e.start_at`,
  'missing or extra indirect statement_event rows': `WITH expected AS (
       SELECT DISTINCT se.statement_id, a.id AS event_id FROM statement_event se JOIN event e ON e.id = se.event_id
        CROSS JOIN LATERAL unnest(e.ancestor_ids) AS a(id) WHERE se.direct
       EXCEPT SELECT statement_id, event_id FROM statement_event WHERE direct),
     actual AS (SELECT statement_id, event_id FROM statement_event WHERE NOT direct)
     SELECT ((SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) x)
           + (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) y))::int AS n`,
  'statement_event copies that disagree with their statement': `SELECT count(*)::int AS n FROM statement_event se JOIN statement s ON s.id = se.statement_id
     WHERE (se.said_at, se.speaker_person_id, se.speaker_organization_id, se.article_id, se.position)
           IS DISTINCT FROM (s.said_at, s.speaker_person_id, s.speaker_organization_id, s.article_id, s.position)`,
  'statement positions not in offset order': `SELECT count(*)::int AS n FROM statement s JOIN statement t
        ON t.article_id = s.article_id AND t.position > s.position AND t.start_offset < s.start_offset`,
  'statement offsets not pointing at the text': `SELECT count(*)::int AS n FROM statement s JOIN article a ON a.id = s.article_id
     WHERE substr(a.body, s.start_offset + 1, s.end_offset - s.start_offset) <> s.text`,
  'person mentions not pointing at a name': `SELECT count(*)::int AS n FROM article_mention m JOIN article a ON a.id = m.article_id
     JOIN person p ON p.id = m.person_id CROSS JOIN LATERAL unnest(m.offsets) AS o(at)
     WHERE substr(a.body, o.at + 1, length(p.name)) <> p.name
       AND substr(a.body, o.at + 1, length(split_part(p.name, ' ', 2))) <> split_part(p.name, ' ', 2)`,
  'organization and place mentions not pointing at a name': `SELECT count(*)::int AS n FROM article_mention m JOIN article a ON a.id = m.article_id
     LEFT JOIN organization org ON org.id = m.organization_id LEFT JOIN place pl ON pl.id = m.place_id
     CROSS JOIN LATERAL unnest(m.offsets) AS o(at)
     WHERE m.person_id IS NULL AND m.event_id IS NULL AND substr(a.body, o.at + 1, length(coalesce(org.name, pl.name))) <> coalesce(org.name, pl.name)`,
  'mention counts that disagree with offsets': `SELECT count(*)::int AS n FROM article_mention WHERE count <> cardinality(offsets)`,
  'names without folded keys': `SELECT (SELECT count(*) FROM person WHERE cardinality(normalized_names) = 0)
     + (SELECT count(*) FROM organization WHERE cardinality(normalized_names) = 0)
     + (SELECT count(*) FROM place WHERE cardinality(normalized_names) = 0) AS n`,
};

/** Runs every check; returns the ones that found offending rows. */
export async function checkCorpus(query: (sql: string) => Promise<{ n: number | string }[]>): Promise<Record<string, number>> {
  const failures: Record<string, number> = {};
  for (const [name, sql] of Object.entries(corpusChecks)) {
    const n = Number((await query(sql))[0]?.n ?? 0);
    if (n) failures[name] = n;
  }
  return failures;
}
