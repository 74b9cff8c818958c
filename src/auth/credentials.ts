// Who a request acts as: an API key (`Authorization: Bearer ngk_…` or
// `x-api-key`), a JWT verified by @graphql-yoga/plugin-jwt, or nobody.
import type { Db } from '../db/client.ts';
import { findApiKey, looksLikeApiKey } from './keys.ts';
import { allScopes, isScope, type Principal, type Scope, withRead } from './scopes.ts';

export type AuthOptions = {
  /**
   * Development convenience: requests without credentials that come from
   * loopback (or in-process, through app.fetch) get every scope. Never on in
   * production (readConfig refuses it).
   */
  localAccess: boolean;
  /** Reads need a credential carrying `read` (every valid key and token has it). */
  requireKeyForReads: boolean;
  /** JWT verification; null when tokens are not accepted. */
  jwt: JwtOptions | null;
  /** Trust the first X-Forwarded-For address as the client's (behind a proxy you run). */
  trustProxy: boolean;
};

export type JwtOptions = {
  /** HS256 shared secret. */
  secret?: string;
  /** A JWKS URL (RS256/ES256 keys). */
  jwksUri?: string;
  issuer?: string;
  audience?: string;
};

export type JwtClaims = { sub?: unknown; scope?: unknown; scopes?: unknown };

export const strictAuth: AuthOptions = { localAccess: false, requireKeyForReads: false, jwt: null, trustProxy: false };

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

/** The client's address, or null for an in-process request (app.fetch). */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return (serverContext as ServerContext | undefined)?.req?.socket?.remoteAddress ?? null;
}

function isLoopback(address: string | null): boolean {
  if (address === null) return true;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The credential in the request: an API key, a bearer token that is not one (a JWT), or nothing. */
export function presentedCredential(request: Request): { kind: 'key' | 'token'; value: string } | null {
  const header = request.headers.get('x-api-key')?.trim();
  if (header) return { kind: 'key', value: header };
  const authorization = request.headers.get('authorization')?.trim();
  if (!authorization) return null;
  const [scheme, value = ''] = authorization.split(/\s+/, 2);
  if (scheme?.toLowerCase() !== 'bearer' || !value) return { kind: 'token', value: authorization };
  return { kind: looksLikeApiKey(value) ? 'key' : 'token', value };
}

/**
 * Scopes a JWT grants: its `scopes` array or its space-separated `scope`
 * string (OAuth style). Names newsgraph does not know (an identity provider's
 * `openid`, `profile`) are ignored.
 */
export function scopesFromClaims(payload: JwtClaims): Scope[] {
  const claim: unknown = payload.scopes ?? payload.scope;
  const names = Array.isArray(claim) ? claim.map(String) : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return names.filter(isScope);
}

export async function resolvePrincipal(
  db: Db,
  options: AuthOptions,
  request: Request,
  serverContext: unknown,
  jwt: { payload: JwtClaims } | undefined,
): Promise<Principal> {
  const address = clientAddress(request, serverContext, options.trustProxy);
  const ip = `ip:${address ?? 'local'}`;
  const credential = presentedCredential(request);
  if (!credential) {
    const local = options.localAccess && isLoopback(address);
    return { kind: 'anonymous', scopes: local ? allScopes : new Set<Scope>(), clientId: ip, local };
  }
  if (credential.kind === 'key') {
    const key = await findApiKey(db, credential.value);
    if (!key) return { kind: 'invalid', scopes: new Set(), clientId: ip, reason: 'The API key is unknown or revoked' };
    return { kind: 'key', scopes: withRead(key.scopes), clientId: `key:${key.id}`, keyId: key.id, name: key.name };
  }
  if (!options.jwt) return { kind: 'invalid', scopes: new Set(), clientId: ip, reason: 'Bearer tokens are not accepted; use an API key' };
  if (!jwt) return { kind: 'invalid', scopes: new Set(), clientId: ip, reason: 'The token is invalid or expired' };
  const scopes = scopesFromClaims(jwt.payload);
  const subject = typeof jwt.payload.sub === 'string' ? jwt.payload.sub : null;
  return { kind: 'token', scopes: withRead(scopes), clientId: subject ? `sub:${subject}` : ip, subject };
}
