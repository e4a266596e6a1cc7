// The only reader of process.env. Everything else imports `env` from here.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection URL" }),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 32`)"),
  /** Public base URL of the app, used in links sent by email. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** smtp:// or smtps:// URL of the mail relay. Unset: mail is written to .data/outbox for developers to read. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("WPS Commitments Tracker <no-reply@wps-tracker.invalid>"),
  /**
   * How many reverse proxies (load balancer, CDN) in front of the app append to X-Forwarded-For. 0: the app is
   * reached directly and X-Forwarded-For is ignored. lib/auth/client-ip.ts is the only reader; see its comment.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** The Chromium that renders accountability reports as PDF (lib/reporting/render-report-pdf.ts): Debian's. */
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}\nSee README.md, "Configuration".`);
  }
  return result.data;
}

let cached: Env | undefined;

/** Parsed on first use, so that `next build` can import modules without a database configured. */
export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    cached ??= parseEnv(process.env);
    return cached[key as keyof Env];
  },
});

const launcherSchema = z.object({
  /** When set, the app uses this database and never starts the embedded one. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection URL" }).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  APP_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** "0": a fresh database gets the Berlin 2018 record only, without demonstration accounts and progress. */
  DEMO_DATA: z.enum(["0", "1"]).default("1"),
  /** Where the embedded PostgreSQL keeps its data and the secrets generated for it (unused with DATABASE_URL). */
  EMBEDDED_DATA_DIR: z.string().min(1).default(".data"),
});

export type LauncherEnv = z.infer<typeof launcherSchema>;

/** Settings read by the launchers (`npm start`, `npm test`) and commands (`npm run prune`…) before the app starts. */
export function readLauncherEnv(): LauncherEnv {
  const result = launcherSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}\nSee README.md, "Configuration".`);
  }
  return result.data;
}
