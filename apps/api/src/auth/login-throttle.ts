// Sign-in throttling (docs/security.md): failures are counted per account (the email typed) and
// per address (the caller's IP). After a few free failures each further one locks that key for a
// delay that doubles, up to a ceiling; while locked, a sign-in is refused without checking the
// password and says when to try again. Counts live in this process and are forgotten after a
// quiet period; a successful sign-in clears its account's count.
export interface ThrottleOptions {
  /** Failures allowed per account before delays start. */
  accountFreeFailures: number;
  /** Failures allowed per address before delays start (an office shares one address). */
  addressFreeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key with no failure for this long starts again from zero. */
  forgetAfterSeconds: number;
  /** Memory bound: beyond this many keys, the oldest are dropped. */
  maxKeys: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  accountFreeFailures: 5, addressFreeFailures: 20, baseDelaySeconds: 2, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 3600, maxKeys: 50_000,
};

interface Entry { failures: number; lockedUntil: number; lastFailure: number }

export interface ThrottleKeys { account: string; address: string }

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  readonly options: ThrottleOptions;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { ...DEFAULT_THROTTLE, ...options };
  }

  /** Seconds until a sign-in with these keys may be tried again; 0 when it may now. */
  retryAfterSeconds(keys: ThrottleKeys, now: Date): number {
    const t = now.getTime();
    const until = Math.max(...this.keysOf(keys).map((k) => this.live(k, t)?.lockedUntil ?? 0));
    return until > t ? Math.ceil((until - t) / 1000) : 0;
  }

  /** Counts a failed sign-in; returns the delay it imposes (0 while failures are still free). */
  failure(keys: ThrottleKeys, now: Date): number {
    const t = now.getTime();
    let delay = 0;
    for (const [key, free] of [[`account:${keys.account}`, this.options.accountFreeFailures], [`address:${keys.address}`, this.options.addressFreeFailures]] as const) {
      const entry = this.live(key, t) ?? { failures: 0, lockedUntil: 0, lastFailure: t };
      entry.failures++;
      entry.lastFailure = t;
      const over = entry.failures - free;
      if (over > 0) {
        const seconds = Math.min(this.options.maxDelaySeconds, this.options.baseDelaySeconds * 2 ** Math.min(over - 1, 30));
        entry.lockedUntil = Math.max(entry.lockedUntil, t + seconds * 1000);
        delay = Math.max(delay, seconds);
      }
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    this.prune(t);
    return delay;
  }

  success(keys: ThrottleKeys): void {
    this.entries.delete(`account:${keys.account}`);
  }

  private keysOf(keys: ThrottleKeys): string[] {
    return [`account:${keys.account}`, `address:${keys.address}`];
  }

  private live(key: string, t: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && t - entry.lastFailure > this.options.forgetAfterSeconds * 1000 && entry.lockedUntil <= t) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(t: number): void {
    if (this.entries.size <= this.options.maxKeys) return;
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxKeys) break;
      const entry = this.entries.get(key)!;
      // Map order is insertion order, refreshed on every failure: the first keys are the stalest.
      if (entry.lockedUntil <= t || this.entries.size > this.options.maxKeys) this.entries.delete(key);
    }
  }
}
