// Statements as CSV for spreadsheets, R and pandas: one header row, RFC 4180
// (CRLF, quotes doubled), and cells a spreadsheet would run as a formula
// (beginning with =, +, -, @, tab or CR) prefixed with a single quote, by
// csv-stringify's escape_formulas. Several events of one statement share a
// cell, joined by "; ", in the same order in the id and name columns.
import { stringify } from 'csv-stringify/sync';

type Agent = { __typename: 'Person' | 'Organization'; id: string; name: string } | null;

export type StatementRow = {
  id: string;
  kind: string;
  text: string;
  speakerRole: string | null;
  verb: string | null;
  venue: string | null;
  saidAt: string | null;
  confidence: number;
  speaker: Agent;
  article: { id: string; url: string; headline: string; publishedAt: string | null; publisher: { id: string; name: string } | null } | null;
  about: { nodes: { event: { id: string; name: string } }[] };
};

export const eventSeparator = '; ';

/** The columns, in order, and how a row fills each. */
const columns = {
  statement_id: (row) => row.id,
  kind: (row) => row.kind,
  text: (row) => row.text,
  speaker_id: (row) => row.speaker?.id,
  speaker_name: (row) => row.speaker?.name,
  speaker_type: (row) => row.speaker?.__typename,
  speaker_role: (row) => row.speakerRole,
  verb: (row) => row.verb,
  venue: (row) => row.venue,
  said_at: (row) => row.saidAt,
  confidence: (row) => row.confidence,
  article_id: (row) => row.article?.id,
  article_url: (row) => row.article?.url,
  article_headline: (row) => row.article?.headline,
  article_published_at: (row) => row.article?.publishedAt,
  publisher_name: (row) => row.article?.publisher?.name,
  event_ids: (row) => row.about.nodes.map((node) => node.event.id).join(eventSeparator),
  event_names: (row) => row.about.nodes.map((node) => node.event.name).join(eventSeparator),
} satisfies Record<string, (row: StatementRow) => string | number | null | undefined>;

export type CsvColumn = keyof typeof columns;

export const csvColumns = Object.keys(columns) as CsvColumn[];

export function statementsCsv(rows: StatementRow[]): string {
  return stringify(
    rows.map((row) => csvColumns.map((column) => columns[column](row) ?? '')),
    // csv-stringify quotes a field holding its record delimiter (CRLF), not one with a lone CR or LF, which RFC 4180 needs quoted too.
    { header: true, columns: csvColumns, record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ },
  );
}
