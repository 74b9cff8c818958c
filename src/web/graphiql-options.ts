// What the GraphiQL page tells the browser code (src/web/graphiql/client.ts):
// the server knows its endpoint, its examples and the built files' names.
export type GraphiQLPageOptions = {
  /** The GraphQL endpoint, relative to the page. */
  endpoint: string;
  /** Tabs a first visit opens with; GraphiQL keeps the visitor's own tabs (in localStorage) after that. */
  tabs: { query: string; variables?: string }[];
  /** URLs of Monaco's workers, by the label Monaco asks for. */
  workers: { editor: string; json: string; graphql: string };
};
