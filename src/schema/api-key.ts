// ApiKey: credentials for writes, managed by holders of the `admin` scope
// (or with `npm run keys`). Not a Node: node(id:) must not reveal keys to
// readers.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { createApiKey, getApiKey, listApiKeys, revokeApiKey } from '../auth/keys.ts';
import { isScope, scopeNames } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { trimmed } from '../ingest/input.ts';
import { idOf } from './common.ts';

const ApiKeyScope = builder.enumType('ApiKeyScope', {
  description:
    'What a key may do: READ (reads, when they need a key), INGEST (ingestArticle), EDIT (other mutations), METRICS (GET /metrics, when NEWSGRAPH_METRICS=key), ADMIN (all, and keys).',
  values: Object.fromEntries(scopeNames.map((scope) => [scope.toUpperCase(), { value: scope }])) as Record<
    Uppercase<(typeof scopeNames)[number]>,
    { value: (typeof scopeNames)[number] }
  >,
});

type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

const ApiKey = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  description: 'An API key. The key itself is shown once, by createApiKey; only its SHA-256 is stored.',
  fields: (t) => ({
    id: t.id({ description: 'Opaque global id.', resolve: (key) => encodeGlobalID('ApiKey', key.id) }),
    name: t.exposeString('name', { description: 'Who or what holds the key.' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the key, to recognise it.' }),
    scopes: t.field({ type: [ApiKeyScope], description: 'Granted scopes.', resolve: (key) => key.scopes.filter(isScope) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When a request last presented it.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked; null while active.' }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who or what will hold the key.', validate: trimmed(200) }),
    scopes: t.field({ type: [ApiKeyScope], required: true, description: 'Scopes to grant (at least one).' }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: ApiKeyRow; key: string }>('CreateApiKeyPayload').implement({
  description: 'The new key, with its secret.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, description: 'As stored.', resolve: (payload) => payload.apiKey }),
    key: t.exposeString('key', { description: 'The key itself. Shown only now; store it as a secret.' }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({ id: t.globalID({ required: true, description: 'Global id of the key.' }) }),
});

builder.queryFields((t) => ({
  apiKeys: t.field({
    type: [ApiKey],
    description: 'Every API key, oldest first (scope ADMIN).',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => listApiKeys(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: 'Creates an API key and returns it once (scope ADMIN).',
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    skipTypeScopes: true,
    authScopes: { admin: true },
    resolve: async (_root, { input }, ctx) => {
      if (!input.scopes.length) throw ValidationError.field('input.scopes', 'grant at least one scope');
      const created = await createApiKey(ctx.db, { name: input.name, scopes: input.scopes });
      return { apiKey: (await getApiKey(ctx.db, created.id)) as ApiKeyRow, key: created.key };
    },
  }),
  revokeApiKey: t.field({
    type: ApiKey,
    description: 'Revokes an API key; requests with it get UNAUTHENTICATED from then on (scope ADMIN).',
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    skipTypeScopes: true,
    authScopes: { admin: true },
    resolve: async (_root, { input }, ctx) => {
      const id = idOf(input.id, 'ApiKey');
      if (!(await revokeApiKey(ctx.db, id))) throw new NotFoundError('ApiKey', id);
      return (await getApiKey(ctx.db, id)) as ApiKeyRow;
    },
  }),
}));
