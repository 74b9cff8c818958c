// API keys: high-entropy random strings, stored only as their SHA-256. A
// plain hash is enough here (unlike passwords) because the keys are random
// 256-bit values that cannot be guessed or looked up in a dictionary.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { isScope, parseScopes, type Scope } from './scopes.ts';

/** Every key starts with this, so a leaked key is recognisable (secret scanners) and never mistaken for a JWT. */
export const keyPrefix = 'ngk_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(keyPrefix);
}

export type CreatedKey = { id: string; name: string; scopes: Scope[]; key: string };

export async function createApiKey(db: Db, { name, scopes }: { name: string; scopes: string[] | string }): Promise<CreatedKey> {
  const parsed = parseScopes(scopes);
  if (!name.trim()) throw new Error('a key needs a name (--name)');
  if (!parsed.length) throw new Error('a key needs at least one scope (--scopes ingest,edit,admin,read)');
  const key = `${keyPrefix}${randomBytes(32).toString('base64url')}`;
  const row = await db.apiKey.create({
    data: { name: name.trim(), hash: hashKey(key), prefix: key.slice(0, keyPrefix.length + 6), scopes: parsed },
  });
  return { id: row.id, name: row.name, scopes: parsed, key };
}

/** Everything about a key but its hash. */
const listed = { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export function listApiKeys(db: Db) {
  return db.apiKey.findMany({ orderBy: { createdAt: 'asc' }, select: listed });
}

export function getApiKey(db: Db, id: string) {
  return db.apiKey.findUnique({ where: { id }, select: listed });
}

/** Revokes a key by id; false when there is no such key. Revoking twice keeps the first date. */
export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  for (const [hash, cached] of recentKeys) if (cached.match.id === id) recentKeys.delete(hash);
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count) return true;
  return (await db.apiKey.count({ where: { id } })) > 0;
}

export type KeyMatch = { id: string; name: string; scopes: Scope[] };

/**
 * Active keys seen in the last few seconds, by hash, so that a client sending
 * its key with every read does not cost a SQL statement per request. A key
 * revoked in this process stops at once; revoked by another instance (or
 * `npm run keys -- revoke`), within keyCacheMs. Unknown keys are never cached.
 */
const keyCacheMs = 10_000;
const keyCacheSize = 1_000;
const recentKeys = new Map<string, { match: KeyMatch; expires: number }>();

/**
 * The active key matching `key`, or null. The row is found by its hash (an
 * index lookup that reveals nothing about the key); the hashes are then
 * compared in constant time anyway.
 */
export async function findApiKey(db: Db, key: string): Promise<KeyMatch | null> {
  const hash = hashKey(key);
  const cached = recentKeys.get(hash);
  if (cached && cached.expires > Date.now()) return cached.match;
  const row = await db.apiKey.findUnique({ where: { hash } });
  if (!row || row.revokedAt) return null;
  if (!timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
  // At most once a minute per key, best effort and not awaited: a read must not
  // wait on, fail because of, or turn into a write for bookkeeping.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
    db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  const match = { id: row.id, name: row.name, scopes: row.scopes.filter(isScope) };
  if (recentKeys.size >= keyCacheSize) recentKeys.delete(recentKeys.keys().next().value as string);
  recentKeys.set(hash, { match, expires: Date.now() + keyCacheMs });
  return match;
}
