// @ts-check
// The only reader of process.env (eslint.config.mjs fails on any other): every setting is declared, typed and
// validated here, and a wrong one stops its reader with a message naming it. Plain JavaScript with JSDoc types, so
// that the files Next.js and Prisma load without the app's bundler (next.config.js, lib/cache/, prisma.config.ts)
// read their settings here too; TypeScript imports it as `@/lib/env`.
import { z } from "zod";

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection URL" });
const nodeEnv = z.enum(["development", "test", "production"]).default("development");
/** Debian's Chromium: it renders accountability reports as PDF (lib/reporting/render-report-pdf.ts) and runs e2e. */
const chromiumPath = z.string().min(1).default("/usr/bin/chromium");

/** The app's settings (README.md, "Configuration"), all present and valid once any is read. */
const schema = z.object({
  NODE_ENV: nodeEnv,
  DATABASE_URL: postgresUrl,
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
  CHROMIUM_PATH: chromiumPath,
});

/** @typedef {z.infer<typeof schema>} Env */

/**
 * The app's settings from `source`, or an error naming each one that is missing or invalid.
 * @param {Record<string, string | undefined>} source
 * @returns {Env}
 */
export function parseEnv(source) {
  return parseOrExplain(schema, source);
}

/** @type {Env | undefined} */
let cached;

/** Parsed on first use, so that `next build` can import modules without a database configured. */
export const env = /** @type {Env} */ (
  new Proxy(
    {},
    {
      get(_target, key) {
        cached ??= parseEnv(process.env);
        return cached[/** @type {keyof Env} */ (key)];
      },
    },
  )
);

const launcherSchema = z.object({
  /** When set, the app uses this database and never starts the embedded one. */
  DATABASE_URL: postgresUrl.optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  APP_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** "0": a fresh database gets the Berlin 2018 record only, without demonstration accounts and progress. */
  DEMO_DATA: z.enum(["0", "1"]).default("1"),
  /** Where the embedded PostgreSQL keeps its data and the secrets generated for it (unused with DATABASE_URL). */
  EMBEDDED_DATA_DIR: z.string().min(1).default(".data"),
});

/** @typedef {z.infer<typeof launcherSchema>} LauncherEnv */

/**
 * Settings read by the launchers (`npm start`, `npm test`) and commands (`npm run prune`…) before the app starts.
 * @returns {LauncherEnv}
 */
export function readLauncherEnv() {
  return parseOrExplain(launcherSchema, process.env);
}

/**
 * Settings of the files that tools load themselves (next.config.js, Next's cache handler, prisma.config.ts,
 * playwright.config.ts) and of the test and bench tooling. They also run where the app's settings are
 * incomplete (`next build`, `prisma generate`), so each is read and validated alone, when asked for.
 */
const toolSettings = {
  NODE_ENV: nodeEnv,
  /** Set by Next.js in the processes it starts: "phase-production-build" while `next build` runs. */
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: postgresUrl.optional(),
  /** The app under test, set by `npm test` (lib/scripts/test.ts) for Playwright. */
  BASE_URL: z.url().default("http://localhost:3000"),
  CHROMIUM_PATH: chromiumPath,
  /** Lighthouse's own name for the browser it drives (`npm run bench`, lib/scripts/bench-lighthouse.ts). */
  CHROME_PATH: chromiumPath,
  /** Where `npm test`'s SMTP server writes each email it receives (lib/testing/smtp-sink.ts), for Playwright. */
  MAILBOX_DIR: z.string({ error: "is not set: run the end-to-end tests through `npm test`" }).min(1),
};

/**
 * One of the tools' settings, read and validated now (a test may change it between two reads).
 * @template {keyof typeof toolSettings} Name
 * @param {Name} name
 * @returns {z.infer<(typeof toolSettings)[Name]>}
 */
export function readSetting(name) {
  const one = z.object({ [name]: toolSettings[name] });
  return /** @type {any} */ (parseOrExplain(one, process.env))[name];
}

/**
 * This process's environment (PATH, HOME, the operator's settings…) with `overrides` on top, for a child process:
 * the launchers hand it to Next.js, Prisma, Vitest and Playwright. An override set to undefined is not passed on.
 * @param {Record<string, string | undefined>} [overrides]
 * @returns {NodeJS.ProcessEnv}
 */
export function childProcessEnv(overrides = {}) {
  return /** @type {NodeJS.ProcessEnv} */ ({ ...process.env, ...overrides });
}

/**
 * Gives this process the app's settings, for a command that runs app code in-process after its launcher chose the
 * database (lib/scripts/command-database.ts). `env` reads them on its next use.
 * @param {Record<string, string>} appSettings
 */
export function applySettings(appSettings) {
  Object.assign(process.env, appSettings);
  cached = undefined;
}

/**
 * @template {z.ZodType} Schema
 * @param {Schema} target
 * @param {Record<string, string | undefined>} source
 * @returns {z.infer<Schema>}
 */
function parseOrExplain(target, source) {
  const result = target.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}\nSee README.md, "Configuration".`);
  }
  return result.data;
}
