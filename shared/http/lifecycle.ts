/**
 * An instance's life as the HTTP core sees it: how many requests are in flight, and whether a
 * shutdown has begun. Draining waits for the requests in flight (up to a grace period) so that a
 * SIGTERM from Cloud Run or Kubernetes drops none of them; /health answers 503 meanwhile.
 */

export interface Lifecycle {
  /** True once a shutdown has begun. */
  draining(): boolean;
  /** Requests being answered right now. */
  inFlight(): number;
  /** Counts a request as in flight until the returned function is called (once). */
  begin(): () => void;
  /** Starts draining; resolves when no request is in flight, or after `graceMs` with how many were left. */
  drain(graceMs: number): Promise<{ left: number }>;
}

/** A fresh lifecycle: nothing in flight, not draining. */
export function createLifecycle(): Lifecycle {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | null = null;
  return {
    draining: () => draining,
    inFlight: () => inFlight,
    begin() {
      inFlight++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        inFlight--;
        if (inFlight === 0) idle?.();
      };
    },
    drain(graceMs) {
      draining = true;
      if (inFlight === 0) return Promise.resolve({ left: 0 });
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ left: inFlight }), graceMs);
        idle = () => {
          clearTimeout(timer);
          resolve({ left: 0 });
        };
      });
    },
  };
}
