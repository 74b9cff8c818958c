// Every PGlite newsgraph opens: the server's, the tests', the migrator's and
// the schema engine's throwaway one. The search migration creates the pg_trgm
// and unaccent extensions, which PGlite only has when they are handed to its
// constructor, so no PGlite may be created without them.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const pgliteExtensions = { pg_trgm, unaccent };

/** A PGlite in `dataDir`, or in memory when it is null or 'memory://'. */
export function createPGlite(dataDir: string | null = null): Promise<PGlite> {
  return PGlite.create(dataDir && dataDir !== 'memory://' ? dataDir : 'memory://', { extensions: pgliteExtensions });
}
