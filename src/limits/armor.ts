// Shape limits on the document, checked while parsing and validating (before
// any execution): tokens, depth, aliases, directives; and "Did you mean …?"
// hints removed from errors. graphql-armor's plugins do the counting; here
// each refusal gets its own code.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { AppError } from '../errors.ts';

export type ShapeLimits = {
  /** Nesting of fields; fragments and inline fragments do not add a level (see README). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
};

/** A document over one of the shape limits; 400, before anything runs. */
export class LimitError extends AppError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, code, { http: { status: 400 }, ...extensions });
  }
}

function refuse(code: string, limit: number) {
  return (_context: unknown, error: Error) => {
    throw new LimitError(error.message.replace(/^Syntax Error: /, ''), code, { limit });
  };
}

export function shapeLimitPlugins(limits: ShapeLimits, { blockSuggestions }: { blockSuggestions: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [refuse('TOO_MANY_TOKENS', limits.maxTokens)] }),
    maxDepthPlugin({
      n: limits.maxDepth,
      flattenFragments: true,
      // GraphiQL's introspection query nests deeper than any data query; production turns introspection off instead.
      ignoreIntrospection: true,
      onReject: [refuse('QUERY_TOO_DEEP', limits.maxDepth)],
    }),
    maxAliasesPlugin({ n: limits.maxAliases, onReject: [refuse('TOO_MANY_ALIASES', limits.maxAliases)] }),
    maxDirectivesPlugin({ n: limits.maxDirectives, onReject: [refuse('TOO_MANY_DIRECTIVES', limits.maxDirectives)] }),
  ] as Plugin[];
  if (blockSuggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
