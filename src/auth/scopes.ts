// The scopes a credential can carry, and who a request acts as. Scope checks
// themselves live on the schema (authScopes on Query and Mutation fields).
export const scopeNames = ['read', 'ingest', 'edit', 'admin', 'metrics'] as const;
export type Scope = (typeof scopeNames)[number];

export function isScope(value: string): value is Scope {
  return (scopeNames as readonly string[]).includes(value);
}

/** Parses "ingest,edit" (or an array, or "ingest edit" as OAuth writes it) into known scopes; unknown names are an error. */
export function parseScopes(value: unknown): Scope[] {
  const parts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const names = parts.map((part) => part.trim()).filter(Boolean);
  const unknown = names.filter((name) => !isScope(name));
  if (unknown.length) throw new Error(`unknown scope(s) ${unknown.join(', ')}; known: ${scopeNames.join(', ')}`);
  return [...new Set(names as Scope[])];
}

/**
 * Who the request acts as. `invalid` means credentials were presented but are
 * not good (unknown, revoked, expired, badly signed): the request is refused
 * as a whole rather than served as anonymous.
 */
export type Principal =
  | { kind: 'anonymous'; scopes: ReadonlySet<Scope>; clientId: string; local: boolean }
  | { kind: 'key'; scopes: ReadonlySet<Scope>; clientId: string; keyId: string; name: string }
  | { kind: 'token'; scopes: ReadonlySet<Scope>; clientId: string; subject: string | null; expiresAt: number | null }
  | { kind: 'invalid'; scopes: ReadonlySet<Scope>; clientId: string; reason: string };

/** Any valid credential may read, whatever else it grants. */
export function withRead(scopes: Iterable<Scope>): Set<Scope> {
  return new Set<Scope>(['read', ...scopes]);
}

export const allScopes: ReadonlySet<Scope> = new Set(scopeNames);
