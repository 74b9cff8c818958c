// Who a request acts as: an API key (`Authorization: Bearer ngk_…` or
// `x-api-key`), a JWT verified by @graphql-yoga/plugin-jwt, or nobody; and
// which address it comes from.
import proxyaddr from 'proxy-addr';
import type { Db } from '../db/client.ts';
import type { TrustProxy } from '../settings.ts';
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
  /** The proxies in front of the server whose X-Forwarded-For entries are believed; null believes none. */
  trustProxy: TrustProxy | null;
};

export type { TrustProxy };

export type JwtOptions = {
  /** HS256 shared secret. */
  secret?: string;
  /** A JWKS URL (RS256/ES256 keys). */
  jwksUri?: string;
  issuer?: string;
  audience?: string;
};

export type JwtClaims = { sub?: unknown; scope?: unknown; scopes?: unknown; exp?: unknown };

export const strictAuth: AuthOptions = { localAccess: false, requireKeyForReads: false, jwt: null, trustProxy: null };

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

const trustFunctions = new WeakMap<TrustProxy, (address: string, hop: number) => boolean>();

function trustFunction(trust: TrustProxy): (address: string, hop: number) => boolean {
  let fn = trustFunctions.get(trust);
  if (!fn) {
    fn = 'hops' in trust ? (_address, hop) => hop < trust.hops : proxyaddr.compile(trust.addresses);
    trustFunctions.set(trust, fn);
  }
  return fn;
}

/** The address of the peer connected to this server, or null for an in-process request (app.fetch). */
function socketAddress(serverContext: unknown): string | null {
  return (serverContext as ServerContext | undefined)?.req?.socket?.remoteAddress ?? null;
}

/**
 * The client's address, or null for an in-process request (app.fetch). Behind
 * trusted proxies it is the X-Forwarded-For entry the outermost trusted proxy
 * wrote (counting from the right, as Express's `trust proxy` does): the
 * entries to its left are the client's own words.
 */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: TrustProxy | null): string | null {
  const peer = socketAddress(serverContext);
  const forwarded = request.headers.get('x-forwarded-for');
  if (!trustProxy || !forwarded) return peer;
  return proxyaddr(
    { socket: { remoteAddress: peer ?? '127.0.0.1' }, headers: { 'x-forwarded-for': forwarded } } as never,
    trustFunction(trustProxy),
  );
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

const loopbackHosts = new Set(['localhost', '[::1]']);

/**
 * Development's local grant: only a request made on this machine to this
 * machine, never one relayed by a proxy (its forwarded headers say it came
 * from elsewhere, whatever they claim) or addressed to another host name (a
 * page whose DNS name was rebound to 127.0.0.1).
 */
function isLocalRequest(request: Request, serverContext: unknown): boolean {
  const peer = socketAddress(serverContext);
  // In-process (app.fetch): no socket, no one else.
  if (peer === null) return true;
  if (!isLoopback(peer)) return false;
  if (request.headers.has('x-forwarded-for') || request.headers.has('forwarded') || request.headers.has('x-real-ip')) return false;
  const host = new URL(request.url).hostname.toLowerCase();
  return loopbackHosts.has(host) || host.startsWith('127.') || host.endsWith('.localhost');
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
    const local = options.localAccess && isLocalRequest(request, serverContext);
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
  const expiresAt = typeof jwt.payload.exp === 'number' ? jwt.payload.exp * 1000 : null;
  return { kind: 'token', scopes: withRead(scopes), clientId: subject ? `sub:${subject}` : ip, subject, expiresAt };
}

/**
 * Whether a credential a request was admitted with still holds: the key is not
 * revoked (seen within the key cache's 10 s), the token not expired. For
 * long-lived subscriptions, checked before each event.
 */
export async function credentialStillValid(db: Db, principal: Principal, request: Request): Promise<boolean> {
  if (principal.kind === 'key') {
    const credential = presentedCredential(request);
    return !!credential && (await findApiKey(db, credential.value))?.id === principal.keyId;
  }
  if (principal.kind === 'token') return principal.expiresAt === null || Date.now() < principal.expiresAt;
  return principal.kind === 'anonymous';
}
