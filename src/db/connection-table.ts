// The co-occurrence table behind `connections` (entity_connection, with its
// helpers connection_member and connection_relation): kept current by
// database triggers in the transaction of every write, and rebuilt from the
// source tables here, one set-based step per kind (the steps are SQL
// functions in the migration, so the migration, this rebuild and the triggers
// share one definition of the evidence).
import type { Db } from './client.ts';

export type RebuildStep = { step: string; rows: number; seconds: number };

/**
 * Recomputes the co-occurrence tables from scratch in one transaction
 * (readers see the old rows until it commits; writers wait for it). `log`
 * hears each step as it ends. After a bulk load that set
 * `newsgraph.connections_paused`, this is what fills the table.
 */
export async function rebuildConnectionTable(
  db: Db,
  log: (step: RebuildStep) => void = () => {},
  { vacuum = true }: { vacuum?: boolean } = {},
): Promise<RebuildStep[]> {
  const steps = await db.$transaction(
    async (tx) => {
      // A step over the whole archive may take minutes; the serving pool's statement timeout is for requests.
      await tx.$executeRaw`SELECT set_config('statement_timeout', '0', true)`;
      const [{ steps } = { steps: [] as string[] }] = await tx.$queryRaw<{ steps: string[] }[]>`
        SELECT entity_connection_rebuild_steps() AS steps`;
      const done: RebuildStep[] = [];
      for (const step of steps) {
        const started = performance.now();
        const [row] = await tx.$queryRaw<{ rows: number }[]>`SELECT entity_connection_rebuild(${step})::int AS rows`;
        const result = { step, rows: row?.rows ?? 0, seconds: (performance.now() - started) / 1000 };
        done.push(result);
        log(result);
      }
      return done;
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  // Every row was just rewritten: without a vacuum the visibility map is empty
  // and the index-only count of a hub's range reads the heap (10k articles:
  // top speakers 23 → 2.6 ms); the statistics are new too. A caller that
  // vacuums the whole database next (a bulk load) skips it. Outside the
  // transaction, so under the connection's statement timeout: scripts open
  // the database without one.
  if (!vacuum) return steps;
  const started = performance.now();
  await db.$executeRawUnsafe('VACUUM (ANALYZE) entity_connection, entity_connection_total, connection_member, connection_relation');
  const vacuumed = { step: 'vacuum', rows: 0, seconds: (performance.now() - started) / 1000 };
  log(vacuumed);
  return [...steps, vacuumed];
}
