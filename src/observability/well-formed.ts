// Refuses requests carrying lone UTF-16 surrogates (in the query text or in
// variables) before any work: no database can store them, and Prisma's query
// encoder fails on them with an unexpected error instead of a client error.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The dotted path of the first string with a lone surrogate, or null. */
function findLoneSurrogate(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return loneSurrogate.test(value) ? path : null;
  if (!value || typeof value !== 'object' || depth > 64) return null;
  for (const [key, item] of Object.entries(value)) {
    if (loneSurrogate.test(key)) return `${path}.${key}`;
    const found = findLoneSurrogate(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export function useWellFormedText(): Plugin {
  return {
    onParams({ params, setResult }) {
      const where =
        (typeof params.query === 'string' && loneSurrogate.test(params.query) ? 'query' : null) ??
        findLoneSurrogate(params.variables, 'variables');
      if (where) {
        setResult({
          errors: [
            createGraphQLError(`${where}: text must be valid Unicode (it contains a lone surrogate)`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}
