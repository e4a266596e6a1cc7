// Bad input never reaches a 500 (issue 13): EVERY server action (lib/actions, "use server" modules) and EVERY route
// handler (app/**/route.ts) is driven with generated hostile input (lib/testing/hostile-input.ts: NUL, lone
// surrogates, 1 MB strings, right-to-left marks, formulas, numbers that are not quite numbers, real and made-up ids),
// anonymously and signed in as a focal point and as the secretariat, against real PostgreSQL with only the request
// context mocked (as in the authorization matrix). An action must answer with a form state or Next's redirect or
// not-found signal, never throw; a route must answer below 500. Whatever an action refuses (a refusal, a field error,
// not found, a conflict) and whatever a route answers leaves every table as it was (lib/testing/database-snapshot.ts).
// The runs are seeded and bounded (SEED and the numRuns below), so a failure is reproducible and CI time fixed.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import type * as NextServer from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { SignInLockedError, signInWithPassword } from "@/lib/auth/sign-in";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { db } from "@/lib/db";
import type * as RenderReportPdf from "@/lib/reporting/render-report-pdf";
import { databaseSnapshot, type DatabaseSnapshot } from "@/lib/testing/database-snapshot";
import { hostileDate, hostileId, hostileNumber, hostileText } from "@/lib/testing/hostile-input";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";

// ---------------------------------------------------------------------------------------------------------------
// The request context, mocked as in lib/authorization-matrix.int.test.ts.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: () => Promise.resolve(session.user),
  getCurrentSession: () =>
    Promise.resolve(session.user ? { user: session.user, sessionId: undefined, signedInAt: 0 } : null),
}));
const requestContext = vi.hoisted(() => ({
  headers: () => Promise.resolve(new Headers({ "user-agent": "hostile-input", "x-forwarded-for": "198.51.100.9" })),
  cookies: () =>
    Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next/headers", () => requestContext);
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
const realNextHeaders = { ...nextHeaders };
Object.assign(nextHeaders, requestContext);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  after: (task: unknown) => {
    void Promise.resolve().then(() => (typeof task === "function" ? (task as () => unknown)() : task));
  },
}));
vi.mock("@/lib/reporting/render-report-pdf", async (importOriginal) => ({
  ...(await importOriginal<typeof RenderReportPdf>()),
  renderReportPdf: () => Promise.resolve(Buffer.from("%PDF-1.7\n% hostile input\n%%EOF\n")),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const { messages } = await import("@/lib/i18n/messages");
  const config = { locale: "en", messages: messages.en, timeZone: "UTC" } as const;
  return {
    getTranslations: (namespace?: string | { namespace?: string }) =>
      Promise.resolve(
        createTranslator({
          ...config,
          namespace: typeof namespace === "string" ? namespace : namespace?.namespace,
        } as never),
      ),
    getFormatter: () => Promise.resolve(createFormatter(config)),
    getLocale: () => Promise.resolve("en"),
    getMessages: () => Promise.resolve(messages.en),
    getNow: () => Promise.resolve(new Date()),
    getTimeZone: () => Promise.resolve("UTC"),
  };
});

/** Fixed, so that every run tries the same inputs; fast-check prints the failing input and its path. */
const SEED = 13;
const ACTION_RUNS = 20;
const ROUTE_RUNS = 12;

// ---------------------------------------------------------------------------------------------------------------
// The world: a member with commitments and a submitted update, its focal point, the secretariat.
type Actor = "anonymous" | "focalPoint" | "secretariat";
let users: Record<Exclude<Actor, "anonymous">, SessionUser>;
let realIds: string[];
let cyclesBefore: string[];

beforeAll(async () => {
  cyclesBefore = (await db.reportingCycle.findMany({ select: { id: true } })).map((c) => c.id);
  const member = await createMember(db);
  const focal = await createFocalPoint(db, member.id);
  const staff = await createSecretariat(db);
  users = { focalPoint: await sessionUserOf(focal.user.id), secretariat: await sessionUserOf(staff.user.id) };
  const commitments = [await createCommitment(db, member.id), await createCommitment(db, member.id)];
  const update = await db.progressUpdate.create({
    data: {
      commitmentId: commitments[1]!.id,
      authorId: focal.user.id,
      status: "IN_PROGRESS",
      narrative: "Submitted before the fuzz.",
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  const suffix = crypto.randomUUID().slice(0, 8);
  const theme = await db.theme.create({ data: { slug: `fuzz-theme-${suffix}`, name: `Fuzz theme ${suffix}` } });
  realIds = [member.id, focal.user.id, staff.user.id, update.id, theme.id, ...commitments.map((c) => c.id)];
});

afterAll(async () => {
  session.user = null;
  Object.assign(nextHeaders, realNextHeaders);
  // A cycle the fuzz happened to create must not overlap the cycles of the test files after this one.
  await db.reportingCycle.deleteMany({ where: { id: { notIn: cyclesBefore } } });
});

const actorArb = fc.constantFrom<Actor>("anonymous", "focalPoint", "secretariat");

/** Every field name a form of the app posts, with what kind of value it expects; each run fills a random subset. */
function formFields(): fc.Arbitrary<[string, string][]> {
  const id = hostileId(realIds);
  const choice = (...valid: string[]) => fc.oneof(fc.constantFrom(...valid), hostileText);
  const fields: Record<string, fc.Arbitrary<string>> = {
    ...Object.fromEntries(
      [
        "name",
        "shortName",
        "slug",
        "description",
        "title",
        "city",
        "country",
        "sourceTitle",
        "narrative",
        "evidenceUrl",
        "evidenceLabel",
        "barrierDetail.FUNDING",
        "barrierDetail.OTHER",
        "comment",
        "reason",
        "milestoneTitle",
        "indicatorName",
        "indicatorUnit",
        "email",
        "password",
        "confirm",
        "current",
        "token",
        "returnQuery",
        "memberName",
        "isoCode",
        "regionalGroup",
        "evidenceVerified",
        "milestoneRemove",
      ].map((name) => [name, hostileText]),
    ),
    ...Object.fromEntries(
      ["percentComplete", "version", "indicatorBaseline", "indicatorTarget"].map((name) => [name, hostileNumber]),
    ),
    ...Object.fromEntries(
      [
        "id",
        "commitmentId",
        "draftId",
        "updateId",
        "memberId",
        "themeId",
        "theme",
        "meetingId",
        "cycleId",
        "userId",
        "userIds",
        "milestoneId",
        "milestone",
        "coOrganiserIds",
        "parentMeetingId",
        "chairId",
      ].map((name) => [name, id]),
    ),
    ...Object.fromEntries(
      ["startsOn", "endsOn", "dueOn", "startDate", "endDate", "targetDate", "milestoneDueDate", "updatedAt"].map(
        (name) => [name, hostileDate],
      ),
    ),
    intent: choice("save", "autosave", "submit"),
    decision: choice("publish", "return", "approve"),
    direction: choice("up", "down"),
    target: choice("member", "all"),
    status: choice("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED", "DISCONTINUED"),
    kind: choice("MEMBER_STATE", "REGIONAL_ORGANISATION", "OTHER"),
    pillar: choice("PARTICIPATION", "PREVENTION"),
    barrier: choice("FUNDING", "OTHER"),
  };
  return fc
    .subarray(Object.keys(fields), { minLength: 1, maxLength: 12 })
    .chain((names) => fc.tuple(...names.map((name) => fields[name]!.map((value): [string, string] => [name, value]))));
}

// ---------------------------------------------------------------------------------------------------------------
// Server actions.
const actionsDir = path.join(import.meta.dirname, "actions");
const actionFiles = fs
  .readdirSync(actionsDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .filter((file) =>
    /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(path.join(actionsDir, file), "utf8")),
  );

type Action = (state: unknown, data: FormData) => Promise<unknown>;

/** What a form state says happened: these change nothing. */
const REFUSALS = new Set(["refused", "signed_out", "invalid", "invalid_link", "not_found", "conflict", "wrong_state"]);

/** An action's answer as the browser would get it: a state, or Next's redirect / not-found; anything else is a 500. */
async function answer(action: Action, data: FormData): Promise<{ status: string }> {
  try {
    const state = (await action({ status: "idle", submission: 0 }, data)) as { status?: unknown } | undefined;
    return { status: String(state?.status) };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { status: "redirect" };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { status: digest };
    throw error;
  }
}

function expectUnchanged(before: DatabaseSnapshot, after: DatabaseSnapshot, detail: string) {
  expect(after.counts, detail).toEqual(before.counts);
  expect(after.fingerprint, detail).toEqual(before.fingerprint);
}

describe("every server action, with hostile input", () => {
  it("finds the actions", () => {
    expect(actionFiles.length).toBeGreaterThan(10);
  });

  for (const file of actionFiles) {
    it(`${file}: never fails, and a refusal writes nothing`, async () => {
      const imported = (await import(/* @vite-ignore */ `./actions/${file}`)) as Record<string, unknown>;
      const actions = Object.entries(imported).filter(
        (entry): entry is [string, Action] => typeof entry[1] === "function",
      );
      for (const [name, action] of actions) {
        await fc.assert(
          fc.asyncProperty(actorArb, formFields(), async (actor, entries) => {
            const data = new FormData();
            for (const [field, value] of entries) data.append(field, value);
            session.user = actor === "anonymous" ? null : users[actor];
            const before = await databaseSnapshot();
            const { status } = await answer(action, data);
            session.user = null;
            if (REFUSALS.has(status))
              expectUnchanged(before, await databaseSnapshot(), `${name} as ${actor}: ${status}`);
          }),
          { seed: SEED, numRuns: ACTION_RUNS, endOnFailure: true },
        );
      }
    }, 240_000);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Route handlers.
const appDir = path.join(import.meta.dirname, "..", "app");
const routeFiles = fs
  .readdirSync(appDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(`${path.sep}route.ts`) || file === "route.ts")
  .map((file) =>
    file
      .split(path.sep)
      .join("/")
      .replace(/\/?route\.ts$/, ""),
  );

const QUERY_NAMES = [
  "q",
  "member",
  "theme",
  "status",
  "page",
  "per_page",
  "sort",
  "since",
  "format",
  "callbackUrl",
  "cycle",
  "csrf",
  "x",
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Text safe to put in a URL (a lone surrogate cannot be percent-encoded; the URL parser replaces it anyway). */
const inUrl = (text: string) => encodeURIComponent(text.toWellFormed());

describe("every route handler, with hostile input", () => {
  it("finds the routes", () => {
    expect(routeFiles.length).toBeGreaterThan(10);
  });

  for (const route of routeFiles) {
    it(`/${route}: answers below 500 and writes nothing`, async () => {
      const imported = (await import(/* @vite-ignore */ `../app/${route}/route.ts`)) as Record<string, unknown>;
      const segments = route.split("/");
      for (const method of METHODS.filter((m) => typeof imported[m] === "function")) {
        const handler = imported[method] as (request: Request, context: unknown) => Promise<Response>;
        await fc.assert(
          fc.asyncProperty(
            actorArb,
            fc.array(hostileText, { minLength: segments.length, maxLength: segments.length }),
            fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), hostileText), { maxLength: 4 }),
            fc.array(fc.tuple(fc.constantFrom("email", "password", "csrfToken", "callbackUrl"), hostileText), {
              maxLength: 3,
            }),
            async (actor, values, query, body) => {
              const params: Record<string, string | string[]> = {};
              const pathParts = segments.map((segment, i) => {
                const dynamic = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
                if (!dynamic) return segment;
                params[dynamic[2]!] = dynamic[1] ? values[i]!.split("/") : values[i]!;
                return inUrl(values[i]!);
              });
              const search = query.map(([key, value]) => `${key}=${inUrl(value)}`).join("&");
              const url = `http://localhost/${pathParts.join("/")}${search ? `?${search}` : ""}`;
              const hasBody = method !== "GET" && method !== "OPTIONS";
              session.user = actor === "anonymous" ? null : users[actor];
              const before = await databaseSnapshot();
              const response = await handler(
                new NextRequest(url, {
                  method,
                  body: hasBody ? new URLSearchParams(body.map(([k, v]) => [k, v.toWellFormed()])) : undefined,
                }),
                { params: Promise.resolve(params) },
              );
              await response.arrayBuffer();
              session.user = null;
              const detail = `${method} ${url.slice(0, 200)} as ${actor}: ${response.status}`;
              expect(response.status, detail).toBeLessThan(500);
              expectUnchanged(before, await databaseSnapshot(), detail);
            },
          ),
          { seed: SEED, numRuns: ROUTE_RUNS, endOnFailure: true },
        );
      }
    }, 240_000);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Signing in (next-auth's authorize, which no route call above reaches without a CSRF token).
describe("signing in, with hostile credentials", () => {
  it("answers null or a lock, never an error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, fc.constant(users.focalPoint.email)),
        hostileText,
        async (email, password) => {
          try {
            const result = await signInWithPassword(
              { email, password },
              { headers: { "x-forwarded-for": "198.51.100.10" } },
              { trustedProxyHops: 1 },
            );
            expect(result).toBeNull();
          } catch (error) {
            expect(error).toBeInstanceOf(SignInLockedError);
          }
        },
      ),
      { seed: SEED, numRuns: 30 },
    );
  }, 120_000);
});
