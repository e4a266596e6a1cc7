// How often the launcher restarts a crashed child (the embedded PostgreSQL, the Next.js server) before it gives up
// and exits non-zero, so that a supervisor (systemd, a container runtime) sees a failure it can act on instead of a
// launcher that looks alive while restarting in a loop.
export const RESTART_LIMIT = 3;
const RESTART_WINDOW_MS = 5 * 60 * 1000;

/** Returns a function that records one crash and says whether a restart is still allowed. */
export function restartBudget(limit = RESTART_LIMIT, windowMs = RESTART_WINDOW_MS, now = () => Date.now()) {
  const crashes: number[] = [];
  return (): boolean => {
    const time = now();
    while (crashes.length > 0 && time - crashes[0]! > windowMs) crashes.shift();
    crashes.push(time);
    return crashes.length <= limit;
  };
}
