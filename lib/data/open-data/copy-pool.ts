// The connections the bulk downloads stream COPY through (./copy-csv.ts): a pool of their own, apart from Prisma's,
// so that a few slow downloads (each holds its connection until the client has taken the whole file) can never take
// the connections the pages need. Beyond COPY_CONNECTIONS at once, a download waits for a free one.
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

const COPY_CONNECTIONS = 4;

const globalForCopy = globalThis as unknown as { copyPool?: pg.Pool };

export function copyPool(): pg.Pool {
  if (!globalForCopy.copyPool) {
    // allowExitOnIdle: a command that downloaded exits when done, without closing the pool.
    // DateStyle ISO: a date written as text is YYYY-MM-DD whatever the server's default (./csv-select.ts).
    const pool = new pg.Pool({
      connectionString: env.DATABASE_URL,
      max: COPY_CONNECTIONS,
      allowExitOnIdle: true,
      options: "-c DateStyle=ISO,YMD",
    });
    // An idle connection lost in a database restart must not crash the server: the next download reconnects.
    pool.on("error", () => {});
    globalForCopy.copyPool = pool;
  }
  return globalForCopy.copyPool;
}
