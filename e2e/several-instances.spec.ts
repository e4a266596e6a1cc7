// Two instances of the production build on one database, behind a round-robin load balancer
// (./support/round-robin-proxy.ts): the app under test (A) and a second instance (B) started with `npm start`. They
// must behave as one: a publish handled by either shows on both within a second (the data cache's tag expiries are
// shared through PostgreSQL: docs/decisions/0015-cache-shared-across-instances.md), a session works on both, and
// sign-in failures counted on either lock the account on both.
import type { ChildProcess } from "node:child_process";
import getPort from "get-port";
import { db } from "@/lib/db";
import { childProcessEnv } from "@/lib/env";
import { startService, stopService, waitForHttp } from "@/lib/scripts/run";
import { isolate } from "@/lib/i18n/isolate";
import { expect, test } from "./support/fixtures";
import { startRoundRobinProxy, type Proxy } from "./support/round-robin-proxy";
import { signIn } from "./support/sign-in";

/** ACCOUNT_FAILURE_LIMIT of lib/auth/sign-in-limits.ts (a server-only module, which Playwright cannot import). */
const ACCOUNT_FAILURE_LIMIT = 10;

let instanceB: ChildProcess;
let urlB: string;
let proxy: Proxy;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  const port = await getPort();
  urlB = `http://localhost:${port}`;
  // As docs/deploy.md starts each instance: `npm start` with DATABASE_URL set (migrations already applied, the
  // database not empty, the build current: it only starts the server, and supervises it).
  instanceB = startService("npm", ["start"], childProcessEnv({ PORT: String(port) }));
  await waitForHttp(`${urlB}/healthz`, 240_000);
  proxy = await startRoundRobinProxy([test.info().project.use.baseURL!, urlB]);
});

test.afterAll(async () => {
  await proxy?.close();
  if (instanceB) await stopService(instanceB);
});

test("a publish through the load balancer shows on every instance within a second", async ({
  page,
  own,
  secretariat,
  baseURL,
}) => {
  const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: 40 } }] });
  const commitment = member.commitments[0]!;
  const narrative = `Shared cache check ${Date.now()}: the second instance shows this at once.`;
  await db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId: member.focalPoint.id,
      status: "IN_PROGRESS",
      percentComplete: 70,
      narrative,
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  const instances = [baseURL!, urlB];
  // Both instances have the commitment's public page in their data cache, without the update.
  for (const instance of instances) expect(await publicPage(instance, commitment.slug)).not.toContain(narrative);

  // Signed in once, the secretariat works through the balancer: its requests alternate between the instances.
  await signIn(page, secretariat);
  for (const instance of instances) {
    const response = await page.goto(`${instance}/secretariat/review`);
    expect(response?.status(), `the session holds on ${instance}`).toBe(200);
  }
  await page.goto(`${proxy.url}/secretariat/review?member=${member.id}`);
  await page.getByRole("button", { name: `Publish update on “${isolate(commitment.title)}”` }).click();
  await expect(page.getByRole("status")).toContainText("Update published");
  const published = Date.now();

  const delays = await Promise.all(
    instances.map((instance) => delayUntilShown(instance, commitment.slug, narrative, published)),
  );
  console.log(`Requests started ${delays.map((ms) => `${ms} ms`).join(" and ")} after the publish showed it.`);
  for (const delay of delays) expect(delay).toBeLessThan(1_000);
});

test("sign-in failures counted on either instance lock the account on both", async ({ own, baseURL }) => {
  const { focalPoint } = await own.member();
  // Through the balancer the failures alternate between the instances: neither sees all of them by itself.
  for (let attempt = 1; attempt <= ACCOUNT_FAILURE_LIMIT; attempt++) {
    await signInAttempt(proxy.url, focalPoint.email, `not the password ${attempt}`);
  }
  // Locked on both: an untrusted client's password is no longer answered, only a link offered (decision 0017).
  for (const instance of [baseURL!, urlB]) {
    expect(await signInAttempt(instance, focalPoint.email, "still not the password"), instance).toMatch(
      /^SignInLinkOffered-\d+$/,
    );
  }
});

async function publicPage(instance: string, slug: string): Promise<string> {
  const response = await fetch(`${instance}/commitments/${slug}`);
  expect(response.status).toBe(200);
  return response.text();
}

/**
 * Milliseconds from `since` until a request to the instance for the public page of `slug` shows `text`, counted to
 * the start of that request (polled every 50 ms): the page's own rendering time is not propagation.
 */
async function delayUntilShown(instance: string, slug: string, text: string, since: number): Promise<number> {
  for (;;) {
    const started = Date.now();
    if ((await publicPage(instance, slug)).includes(text) || started - since > 15_000) return started - since;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A password sign-in over HTTP, as the form posts it; returns the error code the app redirects with, if any. */
async function signInAttempt(base: string, email: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/workspace" }),
  });
  return new URL(response.headers.get("location") ?? "/", base).searchParams.get("error");
}
