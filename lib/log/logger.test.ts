import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "./logger";
import { requestIdOf, setRequestUser, withRequestContext } from "./request-context";

/** The lines written to stdout and stderr while `run` runs, parsed. */
function capture(run: () => void) {
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => !!written.stdout.push(String(chunk)));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => !!written.stderr.push(String(chunk)));
  try {
    run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const parse = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { raw: written, stdout: parse(written.stdout), stderr: parse(written.stderr) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("logger", () => {
  it("writes one JSON line per call: errors and warnings to stderr, the rest to stdout", () => {
    const { raw, stdout, stderr } = capture(() => {
      logger.info("Started");
      logger.warn("Refused", { status: 403 });
      logger.error("Failed", { error: new TypeError("boom") });
    });
    expect(raw.stderr.every((line) => line.endsWith("}\n") && !line.slice(0, -1).includes("\n"))).toBe(true);
    expect(stdout).toEqual([{ time: expect.any(String) as unknown, level: "info", msg: "Started" }]);
    expect(stderr[0]).toMatchObject({ level: "warn", msg: "Refused", status: 403 });
    expect(stderr[1]).toMatchObject({ level: "error", msg: "Failed", error: { name: "TypeError", message: "boom" } });
    expect((stderr[1]!.error as { stack: string }).stack).toContain("logger.test.ts");
    expect(new Date(stderr[1]!.time as string).toISOString()).toBe(stderr[1]!.time);
  });

  it("carries the request's id, route, method and user inside a request, and keeps them for later work", () => {
    let later: typeof logger | undefined;
    const { stderr } = capture(() => {
      withRequestContext({ requestId: "req-1", route: "/secretariat/exports/[format]", method: "GET" }, () => {
        logger.warn("Before the session is loaded");
        setRequestUser("user-1");
        logger.error("After");
        later = logger.child({ format: "csv" });
      });
      later!.error("While streaming");
      logger.error("Outside any request");
    });
    const context = { requestId: "req-1", route: "/secretariat/exports/[format]", method: "GET" };
    expect(stderr[0]).toMatchObject(context);
    expect(stderr[0]).not.toHaveProperty("userId");
    expect(stderr[1]).toMatchObject({ ...context, userId: "user-1" });
    expect(stderr[2]).toMatchObject({ ...context, userId: "user-1", format: "csv" });
    expect(stderr[3]).not.toHaveProperty("requestId");
  });

  it("never writes a password, token, cookie or secret", () => {
    const { raw } = capture(() => {
      logger.error("Failed", {
        password: "hunter2-password",
        token: "emailed-link-token",
        cookie: "next-auth.session-token=session-cookie-value",
        authorization: "Bearer bearer-value",
        detail: 'retry with password="detail-password"',
        error: new Error(
          "Invalid `prisma.user.update()` invocation:\n{ data: { passwordHash: \"argon-hash\", tokenHash: 'token-hash' } }",
          { cause: new Error("secret=cause-secret") },
        ),
      });
    });
    const line = raw.stderr.join("");
    for (const secret of [
      "hunter2-password",
      "emailed-link-token",
      "session-cookie-value",
      "bearer-value",
      "detail-password",
      "argon-hash",
      "token-hash",
      "cause-secret",
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain("prisma.user.update()");
  });
});

describe("request ids", () => {
  it("keeps a plausible x-request-id and replaces anything else with a new id", () => {
    expect(requestIdOf(new Headers({ "x-request-id": "lb-1a2b:3c.4d_5e" }))).toBe("lb-1a2b:3c.4d_5e");
    expect(requestIdOf({ "x-request-id": ["from-a-list"] })).toBe("from-a-list");
    // Record headers are what onRequestError receives: they can hold what Headers would refuse.
    for (const bad of ["two\nlines", "x".repeat(129), "", '{"level":"info"}']) {
      const id = requestIdOf({ "x-request-id": bad });
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });
});
