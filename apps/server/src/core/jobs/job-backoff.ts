export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** The longest delay. */
  maxMs: number;
}

/**
 * Exponential back-off with jitter after the `attempt`-th failed run: base·2^(attempt−1),
 * capped, of which a random half ("equal jitter"), so failing jobs of many processes spread out.
 */
export function backoffMs(attempt: number, o: BackoffOptions, random: () => number = Math.random): number {
  const exp = Math.min(o.maxMs, o.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
