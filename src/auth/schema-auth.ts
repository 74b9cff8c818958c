// How the schema's authScopes see a request: the scope initializer and the
// error a refused field raises. Which field needs which scope is declared on
// the fields (and on the Query and Mutation types) themselves.
import type { AuthFailure, ForbiddenResult } from '@pothos/plugin-scope-auth';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../errors.ts';
import type { Principal, Scope } from './scopes.ts';

/** What the schema's scope checks know about a request. */
export type RequestAuth = {
  principal: Principal;
  /** Reads need the `read` scope (NEWSGRAPH_REQUIRE_KEY_FOR_READS). */
  requireKeyForReads: boolean;
};

export type AuthScopeFlags = Record<Scope, boolean>;

/** `admin` holds every scope. */
export function scopeFlags(auth: RequestAuth): AuthScopeFlags {
  const has = (scope: Scope) => auth.principal.scopes.has(scope) || auth.principal.scopes.has('admin');
  return { read: has('read'), ingest: has('ingest'), edit: has('edit'), admin: has('admin'), metrics: has('metrics') };
}

function scopesIn(failure: AuthFailure): string[] {
  if ('scope' in failure && typeof failure.scope === 'string') return [failure.scope];
  if ('failures' in failure && Array.isArray(failure.failures)) return failure.failures.flatMap(scopesIn);
  return [];
}

/** UNAUTHENTICATED when the request carried no credential, FORBIDDEN when its credential lacks the scope. */
export function refusal(auth: RequestAuth, info: GraphQLResolveInfo, result: ForbiddenResult): Error {
  const needed = [...new Set(scopesIn(result.failure))];
  const scope = needed.length ? `the ${needed.map((s) => `"${s}"`).join(' or ')} scope` : 'a scope this credential lacks';
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (auth.principal.kind === 'anonymous') {
    return new AppError(`${field} needs an API key or token with ${scope} (Authorization: Bearer <key>)`, 'UNAUTHENTICATED', {
      requiredScopes: needed,
    });
  }
  return new AppError(`${field} needs ${scope}, which this credential does not have`, 'FORBIDDEN', { requiredScopes: needed });
}
