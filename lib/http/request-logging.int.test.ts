// What an operator finds in the log when a request fails: one JSON line with the request id, the route, the user id
// and the stack, and never a password or token. Both ways an unexpected error is logged: caught by the signed-in
// route wrapper (here GET /secretariat/audit/export, whose read is made to fail), and escaping a page or a server
// action to Next, which calls instrumentation.ts's onRequestError.
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportAuditLog } from "@/app/[locale]/secretariat/audit/export/route";
import { onRequestError } from "@/instrumentation";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createSecretariat } from "@/prisma/seed/factories";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const PASSWORD = "correct horse battery staple";
const EMAILED_TOKEN = "Q2xpY2sgdGhpcyBsaW5rIHRvIHJlc2V0";
const failure = vi.hoisted(() => ({ message: "" }));
vi.mock("@/lib/data/secretariat/audit-log-batches", () => ({
  auditLogBatches: function readTheAuditLog() {
    return Promise.reject(new Error(failure.message));
  },
}));

let secretariat: SessionUser;
let sessionToken: string;

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db, { password: PASSWORD })).user.id);
  sessionToken = await encode({
    secret: env.AUTH_SECRET,
    token: { userId: secretariat.id, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000), sid: "x" },
  });
});

afterEach(() => {
  session.user = null;
  vi.restoreAllMocks();
});

/** What `run` writes to stderr and stdout. */
async function logOf(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (chunk: unknown) => !!lines.push(String(chunk));
  vi.spyOn(process.stderr, "write").mockImplementation(keep);
  vi.spyOn(process.stdout, "write").mockImplementation(keep);
  await run();
  vi.restoreAllMocks();
  return lines;
}

function expectNoSecret(line: string) {
  for (const secret of [PASSWORD, EMAILED_TOKEN, sessionToken]) expect(line).not.toContain(secret);
}

describe("a failing request is logged once, with its route, user and stack", () => {
  it("in a signed-in route handler: one JSON line, and the person gets a reference to quote", async () => {
    session.user = secretariat;
    // A database error that quotes the query's arguments, as Prisma's do.
    failure.message = `Invalid \`prisma.user.findMany()\` invocation: { where: { password: "${PASSWORD}" } }`;
    let response: Response | undefined;
    const lines = await logOf(async () => {
      response = await exportAuditLog(
        new Request(`http://localhost/secretariat/audit/export?token=${EMAILED_TOKEN}`, {
          headers: { "x-request-id": "audit-export-1", cookie: `next-auth.session-token=${sessionToken}` },
        }),
      );
    });

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      requestId: "audit-export-1",
      route: "/secretariat/audit/export",
      method: "GET",
      userId: secretariat.id,
      status: 500,
      error: { name: "Error" },
    });
    expect((line.error as { stack: string }).stack).toContain("readTheAuditLog");
    expectNoSecret(lines[0]!);

    expect(response!.status).toBe(500);
    expect(response!.headers.get("cache-control")).toBe("no-store");
    expect(response!.headers.get("x-request-id")).toBe("audit-export-1");
    expect(await response!.text()).toBe(
      "Something went wrong on our side. Please try again in a moment. " +
        "If it keeps happening, tell the secretariat this reference: audit-export-1.\n",
    );
  });

  it("in a page or a server action (instrumentation.ts): the route's pattern, never the token in its path", async () => {
    const error = new Error("The new password could not be saved");
    const lines = await logOf(async () => {
      await onRequestError(
        error,
        {
          path: `/reset-password/${EMAILED_TOKEN}`,
          method: "POST",
          headers: { cookie: `other=1; next-auth.session-token=${sessionToken}`, "x-request-id": "reset-7" },
        },
        {
          routerKind: "App Router",
          routePath: "/reset-password/[token]/page",
          routeType: "action",
          renderSource: "react-server-components",
          revalidateReason: undefined,
        },
      );
    });

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      requestId: "reset-7",
      route: "/reset-password/[token]",
      method: "POST",
      userId: secretariat.id,
      routeType: "action",
      error: { name: "Error" },
    });
    expect((line.error as { stack: string }).stack).toContain("request-logging.int.test.ts");
    expectNoSecret(lines[0]!);
  });
});
