// An RFC 4180 reader for the tests (no CSV parser is a dependency): records
// end in CRLF, fields with a comma, quote or line break are quoted, quotes
// inside doubled. It refuses what RFC 4180 does not allow, so a test using it
// also checks the format.
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      endField();
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (text[i] === '\n' || text[i] === '\r' || text[i] === '"') {
      throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
    } else field += text[i++];
  }
  if (field !== '' || record.length) throw new Error('the last record does not end in CRLF');
  return records;
}

/** Records as objects keyed by the header row (`K`: the columns expected). */
export function csvObjects<K extends string = string>(text: string): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header row');
  for (const row of rows) if (row.length !== header.length) throw new Error(`a row of ${row.length} fields under ${header.length} columns`);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] as string])) as Record<K, string>);
}
