// Stands in for the `debug` package in the bundle (scripts/build/plugins.mjs aliases it here). The
// proxy agents log through it when DEBUG names them; stderr is the user's, and --debug already
// traces every attempt, so their logging is left out.
type Logger = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string; extend: () => Logger; log: () => void };

const silent: Logger = Object.assign(() => {}, { enabled: false, namespace: '', extend: () => silent, log: () => {} });

export default function createDebug(): Logger {
  return silent;
}
