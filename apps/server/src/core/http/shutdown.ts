import type { Logger } from '../log/logger.ts';

/** One thing to stop, given the time left before the deadline. */
export type ShutdownStep = (remainingMs: number) => unknown;

export interface Shutdown {
  /** Steps run one after another, in the order added: requests first, background work next, the database last. */
  add(name: string, step: ShutdownStep): void;
  /** Runs the steps once (later calls get the same run); resolves to the exit code. */
  run(reason: string): Promise<number>;
  /** SIGTERM / SIGINT run the steps, then exit with their code. Repeated signals do not cut the drain short (the deadline does). */
  listen(signals?: NodeJS.Signals[], exit?: (code: number) => void): void;
}

/** A step that overruns what is left of the deadline gets at least this long (closing the database must not be skipped). */
const MIN_STEP_MS = 1000;

/**
 * Graceful shutdown with one deadline for the whole sequence: each step is awaited up to the
 * time left (at least MIN_STEP_MS), one that overruns is logged and left behind, one that
 * throws is logged and makes the exit code 1.
 */
export function createShutdown(log: Logger, timeoutMs: number): Shutdown {
  const steps: { name: string; step: ShutdownStep }[] = [];
  let running: Promise<number> | null = null;

  const runSteps = async (reason: string): Promise<number> => {
    const started = Date.now();
    const deadline = started + timeoutMs;
    log.info({ reason, timeoutMs }, 'shutting down');
    let code = 0;
    for (const { name, step } of steps) {
      const remainingMs = Math.max(MIN_STEP_MS, deadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      try {
        const outcome = await Promise.race([
          Promise.resolve(step(remainingMs)).then(() => 'done' as const),
          new Promise<'overran'>((resolve) => (timer = setTimeout(() => resolve('overran'), remainingMs))),
        ]);
        if (outcome === 'overran') log.warn({ step: name, remainingMs }, 'shutdown step overran the deadline; going on');
      } catch (err) {
        code = 1;
        log.error({ step: name, err }, 'shutdown step failed');
      } finally {
        clearTimeout(timer);
      }
    }
    log.info({ reason, durationMs: Date.now() - started, exitCode: code }, 'shut down');
    return code;
  };

  const run = (reason: string) => (running ??= runSteps(reason));
  return {
    add: (name, step) => void steps.push({ name, step }),
    run,
    listen(signals = ['SIGTERM', 'SIGINT'], exit = (code) => process.exit(code)) {
      for (const signal of signals) {
        process.on(signal, () => {
          if (running) return void log.info({ signal }, 'already shutting down');
          void run(signal).then(exit);
        });
      }
    },
  };
}
