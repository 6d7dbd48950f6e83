/**
 * Retrying writes that are not idempotent. Octokit's retry plugin resends a request after a 5xx,
 * but a 5xx (or a dropped connection) can arrive after GitHub did the work: blindly resending
 * would create a second comment, or see "already exists" for a ref this very call created. Such
 * writes run with plugin retries off and, after a transient failure, first look whether the work
 * was done (`recover`) before trying again.
 */
import { isTransient } from './request-errors.js';

export interface RecoveryOptions {
  /** Attempts in all, default 4. */
  attempts?: number;
  /** Backoff unit in ms (waits 1, 4, 9... units), default 1000; tests use 1. */
  backoffMs?: number;
}

/** Request options that turn off the retry plugin for one request (rate-limit waits stay on). */
export const NO_PLUGIN_RETRY = { retries: 0 } as const;

export async function writeWithRecovery<T>(
  attempt: () => Promise<T>,
  recover: () => Promise<T | undefined>,
  options: RecoveryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const backoff = options.backoffMs ?? 1000;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransient(error) || i >= attempts) throw error;
      const recovered = await recover();
      if (recovered !== undefined) return recovered;
      await new Promise((resolve) => setTimeout(resolve, backoff * i * i));
    }
  }
}
