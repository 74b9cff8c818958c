// What the explorer's page tells its script (a JSON block in the page): the
// one type both src/web/explore-page.ts and src/web/explore/ import.
export type ExplorePageOptions = {
  endpoint: string;
  /** The server runs trusted documents only: send each operation's hash, not its text. */
  byHash: boolean;
  /** Whether GraphiQL is on, for the explorer's link to it. */
  graphiql: boolean;
};
