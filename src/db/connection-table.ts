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
export async function rebuildConnectionTable(db: Db, log: (step: RebuildStep) => void = () => {}): Promise<RebuildStep[]> {
  return db.$transaction(
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
      // Fresh statistics: the table was just rewritten, and its plans depend on them.
      await tx.$executeRaw`ANALYZE entity_connection`;
      await tx.$executeRaw`ANALYZE connection_member`;
      return done;
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
}
