// A production build of the app served against a given database, for `npm test` (end-to-end) and `npm run bench`:
// builds first when the sources changed since the last build (lib/scripts/build-fingerprint.ts), then the production
// server (lib/server/serve.js: Next.js behind the full-page cache) on a free port. Returns the URL and the process
// (stop it with stopService).
import type { ChildProcess } from "node:child_process";
import getPort from "get-port";
import { buildWhenChanged } from "./build-fingerprint";
import { PRODUCTION_SERVER, startService, stopService, waitForHttp } from "./run";

export async function serveProductionBuild(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; app: ChildProcess; env: NodeJS.ProcessEnv }> {
  const port = await getPort();
  const url = `http://localhost:${port}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: "production",
    APP_URL: url,
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  await buildWhenChanged(appEnv);
  const app = startService(process.execPath, [PRODUCTION_SERVER, "--port", String(port)], appEnv);
  try {
    await waitForHttp(`${url}/`);
  } catch (error) {
    await stopService(app);
    throw error;
  }
  return { url, app, env: appEnv };
}
