// The operations the command-line tools send to a running server, so that
// `npm run trusted-documents` can put them in the manifest: a server in
// trusted-documents mode then accepts them by hash.
export const INGEST_TEXT = `mutation IngestText($text: String!, $url: String, $headline: String, $publishedAt: DateTime, $publisher: String, $authors: [String!]) {
  ingestArticleText(text: $text, url: $url, headline: $headline, publishedAt: $publishedAt, publisher: $publisher, authors: $authors) {
    created statementCount createdEntities reusedEntities
  }
}`;

export const INGEST_HTML = `mutation IngestHtml($input: IngestArticleHtmlInput!) {
  ingestArticleHtml(input: $input) {
    created statementCount createdEntities reusedEntities
  }
}`;

export const cliOperations = [
  { name: 'IngestText', query: INGEST_TEXT },
  { name: 'IngestHtml', query: INGEST_HTML },
];
