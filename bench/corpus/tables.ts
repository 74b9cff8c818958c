// The columns the corpus loader writes, per table, in load order (parents
// before children). Only base columns: generated columns and columns filled by
// triggers (search vectors) are left to the database.

export const tables = {
  place: [
    'id',
    'name',
    'aliases',
    'normalized_names',
    'kind',
    'parent_id',
    'latitude',
    'longitude',
    'external_ids',
    'created_at',
    'updated_at',
  ],
  organization: [
    'id',
    'name',
    'aliases',
    'normalized_names',
    'description',
    'kind',
    'parent_id',
    'external_ids',
    'created_at',
    'updated_at',
  ],
  person: ['id', 'name', 'aliases', 'normalized_names', 'description', 'external_ids', 'created_at', 'updated_at'],
  event: ['id', 'name', 'description', 'kind', 'start_at', 'end_at', 'place_id', 'parent_id', 'ancestor_ids', 'created_at', 'updated_at'],
  event_participant: ['id', 'event_id', 'person_id', 'organization_id', 'role', 'created_at', 'updated_at'],
  article: [
    'id',
    'url',
    'headline',
    'body',
    'published_at',
    'language',
    'content_hash',
    'publisher_id',
    'place_id',
    'created_at',
    'updated_at',
  ],
  article_event: ['article_id', 'event_id', 'created_at'],
  article_contributor: ['id', 'article_id', 'person_id', 'organization_id', 'role', 'position', 'created_at', 'updated_at'],
  article_mention: [
    'id',
    'article_id',
    'person_id',
    'organization_id',
    'place_id',
    'event_id',
    'count',
    'offsets',
    'created_at',
    'updated_at',
  ],
  statement: [
    'id',
    'text',
    'kind',
    'speaker_person_id',
    'speaker_organization_id',
    'speaker_role',
    'verb',
    'venue',
    'addressee_person_id',
    'addressee_organization_id',
    'said_at',
    'article_id',
    'start_offset',
    'end_offset',
    'position',
    'confidence',
    'created_at',
    'updated_at',
  ],
  statement_event: ['statement_id', 'event_id', 'direct', 'created_at'],
  statement_mention: ['id', 'statement_id', 'person_id', 'organization_id', 'place_id', 'event_id', 'created_at'],
  statement_relation: ['id', 'kind', 'from_id', 'to_id', 'created_at', 'updated_at'],
  image: ['id', 'url', 'caption', 'credit_line', 'photographer_id', 'taken_at', 'place_id', 'article_id', 'created_at', 'updated_at'],
  image_agency: ['image_id', 'organization_id', 'position', 'created_at'],
  image_depiction: ['id', 'image_id', 'person_id', 'organization_id', 'event_id', 'place_id', 'created_at'],
  affiliation: ['id', 'person_id', 'organization_id', 'role', 'article_id', 'valid_from', 'valid_to', 'created_at', 'updated_at'],
} as const;

export type Table = keyof typeof tables;
export type Value = string | number | boolean | Date | null | readonly (string | number)[];
export type Row = Value[];
export type Rows = Partial<Record<Table, Row[]>>;

/** Appends `more` to `into`, table by table. */
export function addRows(into: Rows, more: Rows): void {
  for (const [table, rows] of Object.entries(more) as [Table, Row[]][]) {
    const list = into[table];
    if (list) for (const row of rows) list.push(row);
    else into[table] = rows.slice();
  }
}

/** PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. */
export function copyText(rows: readonly Row[]): string {
  const parts: string[] = [];
  for (const row of rows) parts.push(row.map(copyValue).join('\t'));
  parts.push('');
  return parts.join('\n');
}

function copyValue(value: Value): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeCopy(value);
  return escapeCopy(arrayLiteral(value));
}

function escapeCopy(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char] as string);
}

function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((item) => (typeof item === 'number' ? String(item) : `"${item.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}
