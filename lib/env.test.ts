// The one reader of the environment (lib/env.js): what an operator sees when a setting is wrong, and what each kind
// of process may leave unset. The lint rule that keeps it the only reader is checked at the end.
import path from "node:path";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applySettings, childProcessEnv, env, parseEnv, readLauncherEnv, readSetting } from "./env";

const APP = { DATABASE_URL: "postgresql://wps:secret@db.internal:5432/wps", AUTH_SECRET: "x".repeat(32) };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the app's settings", () => {
  it("name every setting that is missing or invalid, and where to read about them", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/wps", TRUSTED_PROXY_HOPS: "many" })).toThrow(
      [
        "Invalid configuration:",
        "  - DATABASE_URL: must be a postgresql:// connection URL",
        "  - AUTH_SECRET: Invalid input: expected string, received undefined",
        "  - TRUSTED_PROXY_HOPS: Invalid input: expected number, received NaN",
        'See README.md, "Configuration".',
      ].join("\n"),
    );
    expect(() => parseEnv({ ...APP, AUTH_SECRET: "short" })).toThrow(
      "AUTH_SECRET: must be at least 32 characters (generate one with `openssl rand -base64 32`)",
    );
  });

  it("default what the README says they default to", () => {
    expect(parseEnv(APP)).toEqual({
      ...APP,
      NODE_ENV: "development",
      APP_URL: "http://localhost:3000",
      MAIL_FROM: "WPS Commitments Tracker <no-reply@wps-tracker.invalid>",
      TRUSTED_PROXY_HOPS: 0,
      CHROMIUM_PATH: "/usr/bin/chromium",
    });
  });

  it("are read from the environment on first use, and again after a command is given its database", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://before@localhost:5432/wps");
    vi.stubEnv("AUTH_SECRET", APP.AUTH_SECRET);
    applySettings({ DATABASE_URL: "postgresql://before@localhost:5432/wps" });
    expect(env.DATABASE_URL).toBe("postgresql://before@localhost:5432/wps");
    applySettings({ DATABASE_URL: "postgresql://after@localhost:5432/wps" });
    expect(env.DATABASE_URL).toBe("postgresql://after@localhost:5432/wps");
  });
});

describe("the launchers' settings", () => {
  it("may all be unset, as on a newcomer's machine", () => {
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "APP_URL", "PORT", "DEMO_DATA", "EMBEDDED_DATA_DIR"]) {
      vi.stubEnv(name, undefined);
    }
    expect(readLauncherEnv()).toEqual({ PORT: 3000, DEMO_DATA: "1", EMBEDDED_DATA_DIR: ".data" });
  });

  it("name the one that is invalid", () => {
    vi.stubEnv("PORT", "eighty");
    expect(readLauncherEnv).toThrow("  - PORT: Invalid input: expected number, received NaN");
  });
});

describe("a tool's setting", () => {
  it("is read alone: another setting's problem does not stop `next build` or `prisma generate`", () => {
    vi.stubEnv("AUTH_SECRET", "short");
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("NODE_ENV", "production");
    expect(readSetting("NODE_ENV")).toBe("production");
    expect(readSetting("DATABASE_URL")).toBeUndefined();
  });

  it("is read again each time, and validated", () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    expect(readSetting("NEXT_PHASE")).toBe("phase-production-build");
    vi.stubEnv("NEXT_PHASE", undefined);
    expect(readSetting("NEXT_PHASE")).toBeUndefined();
    vi.stubEnv("DATABASE_URL", "http://db.internal/wps");
    expect(() => readSetting("DATABASE_URL")).toThrow("  - DATABASE_URL: must be a postgresql:// connection URL");
  });

  it("says how to run the end-to-end tests when their mailbox is missing", () => {
    vi.stubEnv("MAILBOX_DIR", undefined);
    expect(() => readSetting("MAILBOX_DIR")).toThrow(
      "  - MAILBOX_DIR: is not set: run the end-to-end tests through `npm test`",
    );
  });

  it("has the README's defaults", () => {
    for (const name of ["BASE_URL", "CHROMIUM_PATH", "CHROME_PATH"]) vi.stubEnv(name, undefined);
    expect([readSetting("BASE_URL"), readSetting("CHROMIUM_PATH"), readSetting("CHROME_PATH")]).toEqual([
      "http://localhost:3000",
      "/usr/bin/chromium",
      "/usr/bin/chromium",
    ]);
  });
});

describe("a child process's environment", () => {
  it("is this process's, with the overrides on top and the undefined ones left out", () => {
    vi.stubEnv("EMBEDDED_DATA_DIR", "/srv/wps");
    vi.stubEnv("SMTP_URL", "smtp://relay.internal:587");
    const child = childProcessEnv({ AUTH_SECRET: "child-secret", SMTP_URL: undefined });
    expect(child.EMBEDDED_DATA_DIR).toBe("/srv/wps");
    expect(child.AUTH_SECRET).toBe("child-secret");
    expect(child.SMTP_URL).toBeUndefined();
    expect(childProcessEnv().SMTP_URL).toBe("smtp://relay.internal:587");
  });
});

describe("the lint rule", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const eslint = new ESLint({ cwd: root });
  const problems = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
  };
  const READ = "Read configuration through lib/env.js (the one typed, validated reader)";

  it("fails on process.env anywhere but lib/env.js, however it is reached", async () => {
    for (const code of [
      "export const url = process.env.DATABASE_URL;\n",
      'export const url = process.env["DATABASE_URL"];\n',
      "const { env } = process;\nexport const url = env.DATABASE_URL;\n",
      'import { env } from "node:process";\nexport const url = env.DATABASE_URL;\n',
      "export const child = { ...process.env };\n",
    ]) {
      for (const file of ["lib/cache/example.js", "next.config.js", "lib/scripts/example.js"]) {
        const found = await problems(file, code);
        expect(
          found.some((problem) => problem.includes(READ)),
          `${file}:\n${code}`,
        ).toBe(true);
      }
    }
    expect(await problems("lib/env.js", "export const url = process.env.DATABASE_URL;\n")).toEqual([]);
  }, 60_000);
});
