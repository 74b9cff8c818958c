// Prisma CLI configuration. newsgraph applies migrations itself (see
// src/db/migrator.ts); this file serves `prisma generate` and, on machines
// that can reach Prisma's CDN, the stock `prisma migrate deploy`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL?.startsWith('postgres') ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
