// The one SchemaBuilder: plugins, scalars and relay options. Object types live
// in src/schema/<type>.ts.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { z } from 'zod';
import { type AuthScopeFlags, refusal, scopeFlags } from './auth/schema-auth.ts';
import type { Context } from './context.ts';
import { fromIssues } from './errors.ts';
import type PrismaTypes from './generated/prisma/pothos-types.ts';
import { getDatamodel } from './generated/prisma/pothos-types.ts';
import { fieldCost } from './limits/cost.ts';
import { isProduction } from './settings.ts';

export const pageSize = { default: 20, max: 100 } as const;

const pageArg = z
  .number()
  .int()
  .min(0, 'must not be negative')
  .max(pageSize.max, `must be at most ${pageSize.max}; page through larger results with "after"`)
  .nullish();

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  AuthScopes: AuthScopeFlags;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  // Relay before scope-auth so authScopes see decoded global ids.
  plugins: [RelayPlugin, ScopeAuthPlugin, PrismaPlugin, DataloaderPlugin, ValidationPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Subscriptions are checked when they start, like queries and mutations when they run.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => scopeFlags(ctx.auth),
    unauthorizedError: (_parent, ctx, info, result) => refusal(ctx.auth, info, result),
  },
  // Measured before execution by src/limits (cost limit and rate limiting); see src/limits/cost.ts.
  complexity: { fieldComplexity: (args, _ctx, field) => fieldCost(args, field, pageSize.default) },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: pageSize.default,
    maxConnectionSize: pageSize.max,
    // A resolver that forgets to spread `query` silently turns into N+1; make it loud.
    onUnusedQuery: isProduction() ? null : 'error',
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodesOnConnection: true,
    firstArgOptions: { validate: pageArg, description: `Page size from the start (default ${pageSize.default}, at most ${pageSize.max}).` },
    lastArgOptions: { validate: pageArg, description: `Page size from the end (at most ${pageSize.max}).` },
    afterArgOptions: { description: 'Cursor of the edge after which the page starts.' },
    beforeArgOptions: { description: 'Cursor of the edge before which the page ends.' },
    // node and nodes follow merge redirects; src/schema/node.ts defines them.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  validation: {
    validationError: (failure) => fromIssues(failure.issues),
  },
});

builder.queryType({
  description: 'Reads of the news knowledge graph.',
  authScopes: (_root, ctx) => (ctx.auth.requireKeyForReads ? { read: true } : true),
});
// Every mutation needs `edit` unless its field says otherwise (ingestion: `ingest`),
// so a new mutation is never open by accident.
builder.mutationType({
  description: 'Writes to the news knowledge graph; each one is a single transaction.',
  authScopes: { edit: true },
});
