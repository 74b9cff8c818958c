// Prisma's migration authoring (`prisma migrate dev`) needs a native
// schema-engine binary that cannot be downloaded here, so we drive the WASM
// build of the same engine against a throwaway in-memory PGlite instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaContainer, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import * as runtime from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { readMigrations } from './migrator.ts';
import { createPGlite } from './pglite.ts';

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

// tsconfig's lib has no WebAssembly declarations (no DOM, and @types/node 20
// does not add them), so the one call used is typed here.
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WasmApi };

// The engine wraps its lock wait in a 10 s timeout whose JS timer it never
// clears, which would keep a finished script alive for 10 s. Timers are
// collected here and cleared once no engine is working.
const engineTimers = new Set<NodeJS.Timeout>();
let enginesRunning = 0;

let runtimeReady: Promise<typeof runtime> | undefined;

// wasm-bindgen keeps one module-global instance; instantiating twice in a
// process corrupts it, so the instance is created once and shared.
function loadRuntime(): Promise<typeof runtime> {
  runtimeReady ??= (async () => {
    // The package's main entry imports the .wasm as an ES module, which Node 20
    // cannot do, so the bytes are read and instantiated by hand.
    const glue = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(glue.replace(/\.js$/, '.wasm'));
    const imports: Record<string, unknown> = { ...runtime };
    for (const key of Object.keys(runtime).filter((k) => k.startsWith('__wbg_setTimeout_'))) {
      const original = imports[key] as (...args: unknown[]) => NodeJS.Timeout;
      imports[key] = (...args: unknown[]) => {
        const timer = original(...args);
        engineTimers.add(timer);
        return timer;
      };
    }
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': imports });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime;
  })();
  return runtimeReady;
}

// pglite-prisma-adapter 0.7.2 fires `executeScript` without awaiting it, so a
// failing migration passed silently (and crashed the process later as an
// unhandled rejection). The engine reports script errors only as "External
// error id#0", so the database's message is kept for the caller.
class AwaitingPGliteFactory extends PrismaPGlite {
  lastScriptError: Error | undefined;

  constructor(private readonly db: PGlite) {
    super(db);
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      await this.db.exec(script).catch((error: Error) => {
        this.lastScriptError = error;
        throw error;
      });
    };
    return adapter;
  }
}

/**
 * Runs `fn` with a schema engine bound to `db`, or to a fresh in-memory
 * PGlite that is closed afterwards when none is given.
 */
export async function withSchemaEngine<T>(fn: (engine: SchemaEngine) => Promise<T>, db?: PGlite): Promise<T> {
  const { SchemaEngine } = await loadRuntime();
  const target = db ?? (await createPGlite());
  enginesRunning += 1;
  try {
    const factory = new AwaitingPGliteFactory(target);
    const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
    try {
      return await fn(engine);
    } catch (error) {
      const cause = factory.lastScriptError;
      if (!cause) throw error;
      const where = /migration_name="([^"]+)"/.exec(String((error as Error).message))?.[1];
      throw new Error(`Migration ${where ?? '(unknown)'} failed: ${cause.message}`, { cause: error });
    } finally {
      engine.free();
    }
  } finally {
    enginesRunning -= 1;
    if (enginesRunning === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
    if (!db) await target.close();
  }
}

/** The migrations folder in the shape the engine expects, read by the same rules as the migrator. */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const files = await readMigrations(baseDir);
  const lockContent = await readFile(path.join(baseDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: files.map(({ name, sql }) => ({
      path: name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: sql } },
    })),
  };
}

export interface DiffOptions {
  migrationsDir: string;
  schemaPath: string;
}

/**
 * Replays every migration into a throwaway PGlite and returns the SQL that
 * would bring that database to `schema.prisma`; '' when there is no drift.
 */
export async function diffMigrationsToSchema({ migrationsDir, schemaPath }: DiffOptions): Promise<string> {
  const schema: SchemaContainer = { path: path.resolve(schemaPath), content: await readFile(schemaPath, 'utf8') };
  const migrationsList = await readMigrationList(migrationsDir);
  return withSchemaEngine(async (engine) => {
    await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    // With exitCode set the engine answers 2 for "differences found" and 0
    // with a placeholder comment when there are none.
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  });
}
