// The full-page cache (docs/decisions/0021-full-page-cache.md): anonymous visitors get public pages from memory, a
// publish shows on the very first request after it, and nothing of a signed-in visitor ever reaches another.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { isolate } from "@/lib/i18n/isolate";
import { expect, test, type OwnMember, type TestUser } from "./support/fixtures";
import { signIn } from "./support/sign-in";

const ROUNDS = 20;

/** An anonymous request, as a visitor with no cookie makes it: the page's HTML and how the cache answered. */
async function anonymous(baseURL: string, path: string): Promise<{ html: string; cache: string | null; all: string }> {
  const response = await fetch(new URL(path, baseURL));
  expect(response.status, path).toBe(200);
  const html = await response.text();
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  return { html, cache: response.headers.get("x-page-cache"), all: `${headers}\n\n${html}` };
}

/**
 * Anonymous requests until one is answered from the cache (other tests publishing meanwhile empty it): every answer
 * seen, the last from the cache.
 */
async function anonymousUntilCached(baseURL: string, path: string) {
  const answers = [await anonymous(baseURL, path)];
  while (answers.at(-1)!.cache !== "HIT" && answers.length < 10) answers.push(await anonymous(baseURL, path));
  expect(answers.at(-1)!.cache, `${path} is answered from the cache`).toBe("HIT");
  return answers;
}

const visibleText = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

/** Publishes the member's submitted update the way the secretariat does, and waits for the confirmation. */
async function publish(page: Page, member: OwnMember) {
  const commitment = member.commitments[0]!;
  await page.goto(`/secretariat/review?member=${member.id}`);
  await page.getByRole("button", { name: `Publish update on “${isolate(commitment.title)}”` }).click();
  await expect(page.getByRole("status")).toContainText("Update published");
}

test("a publish shows on the very first request for the commitment, member, explorer and dashboard", async ({
  page,
  own,
  secretariat,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: 40 } }] });
  const commitment = member.commitments[0]!;
  const pages = {
    commitment: `/commitments/${commitment.slug}`,
    member: `/members/${member.slug}`,
    explorer: `/commitments?member=${member.slug}`,
    dashboard: `/?member=${member.slug}`,
  };
  // Each page is in the cache.
  for (const path of Object.values(pages)) await anonymousUntilCached(baseURL!, path);
  await signIn(page, secretariat);

  for (let round = 1; round <= ROUNDS; round++) {
    const narrative = `Freshness round ${round} of ${Date.now()}: shown at once.`;
    const percent = round % 2 === 0 ? 100 : 10 + round * 4;
    await db.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        authorId: member.focalPoint.id,
        status: percent === 100 ? "COMPLETED" : "IN_PROGRESS",
        percentComplete: percent,
        narrative,
        reviewState: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    await publish(page, member);

    const [onCommitment, onMember, onExplorer, onDashboard] = await Promise.all(
      Object.values(pages).map((path) => anonymous(baseURL!, path)),
    );
    expect(onCommitment!.html, `round ${round}: the commitment page`).toContain(narrative);
    expect(onMember!.html, `round ${round}: the member page`).toContain(narrative);
    expect(onExplorer!.html, `round ${round}: the explorer`).toContain(`aria-valuenow="${percent}"`);
    // The member's first update came with it; each round published one more.
    expect(visibleText(onDashboard!.html), `round ${round}: the dashboard`).toContain(
      `Updates published in the last 12 months ${round + 1} `,
    );
  }
});

test("a crowd asking at once for a page not yet cached waits for one render of it", async ({ own, baseURL }) => {
  const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: 40 } }] });
  const CROWD = 12;
  // Another test's publish during the render starts a new one (the first may show the data of before it): then the
  // crowd is asked again, for a view of its own.
  let misses = 0;
  for (let attempt = 1; attempt <= 5; attempt++) {
    const path = `/?member=${member.slug}&crowd=${attempt}-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: CROWD }, () => anonymous(baseURL!, path)));
    misses = answers.filter((answer) => answer.cache === "MISS").length;
    expect(new Set(answers.map((answer) => answer.html)).size, "every visitor got the same page").toBe(1);
    if (misses === 1) break;
  }
  expect(misses, `one of ${CROWD} visitors asking at once had the page rendered, the others waited for it`).toBe(1);
});

test("nothing of a signed-in visitor reaches an anonymous one, and signed-in visitors keep their header", async ({
  browser,
  own,
  secretariat,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: 40 } }] });
  const paths = ["", "/fr", "/ar", "/zh"].flatMap((prefix) => [
    prefix || "/",
    `${prefix}/commitments`,
    `${prefix}/commitments/${member.commitments[0]!.slug}`,
    `${prefix}/members/${member.slug}`,
    `${prefix}/themes`,
  ]);
  // Anonymous visitors first: the pages are in the cache when the signed-in visitors come.
  for (const path of paths) await anonymous(baseURL!, path);

  const traces: string[] = [];
  for (const user of [member.focalPoint, secretariat] satisfies TestUser[]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user);
    // The CSRF cookie next-auth hands out: the header's sign-out form then carries its token.
    expect((await page.request.get("/api/auth/csrf")).status()).toBe(200);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.headers()["x-page-cache"], `${path} is not answered from the cache when signed in`).toBe(
        undefined,
      );
      // Their own header: their name and a way to sign out (its form carries their CSRF token).
      await expect(page.getByRole("banner")).toContainText(user.name);
      const signOut = page.locator('form[action*="signout"] input[name="csrfToken"]');
      traces.push((await signOut.first().getAttribute("value")) ?? "");
    }
    traces.push(user.name, user.email);
    await context.close();
  }
  expect(traces.filter((trace) => trace.length > 0)).toHaveLength(traces.length);

  for (const path of paths) {
    for (const { all } of await anonymousUntilCached(baseURL!, path)) {
      for (const trace of traces) expect(all, `${path} shows nothing of a signed-in visitor`).not.toContain(trace);
      expect(all, path).not.toMatch(/api\/auth\/signout|next-auth\.session-token|name="csrfToken"/);
    }
  }
});
