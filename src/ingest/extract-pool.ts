// Extraction off the event loop. The extractor is synchronous CPU work (a long
// page takes seconds), so on the server it runs in a pool of worker threads:
// other requests are served meanwhile, and a task whose request ran out of time
// is cancelled by terminating its worker, which frees the thread at once.
// Scripts and the CLI call the extractor in-process instead.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Extraction, ExtractMeta } from '../extract/types.ts';
import type { ExtractTask } from './extract-worker.ts';

export type ExtractPoolOptions = {
  /** Worker threads; by default one per core beyond the first, at most 4 (one on a 2-core machine). */
  threads?: number;
  /** A worker idle this long exits, and its memory (the ≈25 MB model among it) returns. */
  idleTimeoutMs?: number;
};

export type ExtractPool = {
  /** Extracts `text` in a worker; rejects with `signal.reason` once `signal` aborts, ending the task's worker. */
  extract(text: string, meta: ExtractMeta, signal?: AbortSignal): Promise<Extraction>;
  /** Tasks running or queued. */
  tasks(): number;
  /** Worker threads alive (none until the first task, and none again once they have been idle for idleTimeoutMs). */
  threads(): number;
  /** Ends every worker; tasks still running or queued are rejected. */
  close(): Promise<void>;
};

export const defaultThreads = () => Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * The worker's file beside this module: extract-worker.ts when this module runs from src/ under tsx (tests,
 * scripts), extract-worker.js when it is bundled into dist/main.js (scripts/build.mjs writes both entries there).
 */
function worker(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './extract-worker.ts' : './extract-worker.js', import.meta.url).href;
  // A worker inherits the process's flags, tsx's loader among them when tsx started the process; under vitest
  // there is no such flag, so the worker is given tsx's loader itself.
  if (!fromSource || process.execArgv.some((arg) => arg.includes('tsx'))) return { filename };
  return { filename, execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] };
}

export function createExtractPool({ threads = defaultThreads(), idleTimeoutMs = 30_000 }: ExtractPoolOptions = {}): ExtractPool {
  let pool: Piscina<ExtractTask, Extraction> | null = null;
  let tasks = 0;
  // Created on first use, so an app that never extracts starts no thread.
  const started = () => {
    pool ??= new Piscina<ExtractTask, Extraction>({
      ...worker(),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: idleTimeoutMs,
    });
    return pool;
  };
  return {
    async extract(text, meta, signal) {
      signal?.throwIfAborted();
      tasks++;
      try {
        return await started().run({ text, meta }, signal ? { signal } : {});
      } catch (error) {
        // Piscina reports a cancelled task with its own AbortError; the caller wants the reason it aborted with.
        if (signal?.aborted) throw signal.reason;
        throw error;
      } finally {
        tasks--;
      }
    },
    tasks: () => tasks,
    threads: () => pool?.threads.length ?? 0,
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}
