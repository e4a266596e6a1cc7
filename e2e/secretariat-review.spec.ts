// The secretariat's review journey (issue 5): a focal point submits updates through the workspace; the secretariat
// reviews them in the queue, publishes one (the public page and the dashboard show it at once, and the member's focal
// points are emailed) and returns another with a comment (which the focal point then sees). Also: the console
// refuses focal points and anonymous visitors, whatever `x-middleware-subrequest` says; the security headers; axe
// on the review queue and the register pages. Each test reviews a member, commitments and users of its own
// (e2e/support/fixtures.ts).
import type { Page } from "@playwright/test";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { signIn, signedInPage } from "./support/sign-in";

/** The header values of CVE-2025-29927 and its variants: with a middleware (or proxy) they skipped it. */
const SUBREQUEST_HEADERS = [
  "middleware",
  "src/middleware",
  "middleware:middleware:middleware:middleware:middleware",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  "pages/_middleware",
  "proxy:proxy:proxy:proxy:proxy",
];

/** The focal point reports through the workspace form and submits the update for review. */
async function submitUpdate(
  page: Page,
  slug: string,
  update: { status: string; percent: string; narrative: string; evidence?: string },
) {
  await page.goto(`/workspace/commitments/${slug}/update`);
  await page.getByLabel("Implementation status").selectOption(update.status);
  await page.getByLabel("Percent complete").fill(update.percent);
  await page.getByLabel("What was done").fill(update.narrative);
  if (update.evidence) await page.getByLabel("Web address of link 1").fill(update.evidence);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`), { timeout: 30_000 });
}

/** The dashboard's headline figure "Updates published in the last 12 months". */
async function updatesInLastYear(page: Page): Promise<number> {
  const label = page.locator("dt").filter({ hasText: /^Updates published in the last 12 months$/ });
  const value = await label.locator("xpath=following-sibling::dd[1]").textContent();
  return Number(value?.replace(/[^0-9]/g, ""));
}

/** The queue's entry for a commitment (its heading is the commitment's title). */
function queueItem(page: Page, title: string) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
}

/** The review queue filtered to one member, through the filter form. */
async function openQueueOf(page: Page, memberName: string) {
  await page.goto("/secretariat/review");
  await page.getByLabel("Member").selectOption({ label: memberName });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/member=/);
}

test("submit → review → publish → public page; return with a comment → the focal point sees it", async ({
  browser,
  own,
  secretariat: secretariatUser,
}) => {
  // Two accounts, two forms, two emails and a public page: a long journey.
  test.slow();
  const member = await own.member({
    commitments: [{ published: { status: "SUBSTANTIALLY_COMPLETE", percent: 90 } }, {}],
  });
  const TRAINING = member.commitments[0]!;
  const FOREIGN_POLICY = member.commitments[1]!;
  const run = Date.now();
  const published = `Review check ${run}: the training course reached 450 peacekeepers in 2026.`;
  const returned = `Review check ${run}: the policy was presented to parliament.`;
  const comment = `Please add a link to the parliamentary record (${run}).`;

  const focal = await signedInPage(browser, member.focalPoint);
  await submitUpdate(focal, TRAINING.slug, {
    status: "SUBSTANTIALLY_COMPLETE",
    percent: "95",
    narrative: published,
    evidence: `https://example.org/training-${run}`,
  });
  await submitUpdate(focal, FOREIGN_POLICY.slug, { status: "IN_PROGRESS", percent: "30", narrative: returned });
  // Submitted is not published: the public page does not show it yet.
  await focal.goto(`/commitments/${TRAINING.slug}`);
  await expect(focal.getByText(published)).toHaveCount(0);

  const secretariat = await signedInPage(browser, secretariatUser);
  // The fixture wrote the member behind the app's back, and public figures stay cached until a change is made through
  // the app (docs/decisions/0004-public-data-caching.md): the secretariat saving the member puts it on the public record.
  await secretariat.goto(`/secretariat/members/${member.id}`);
  await secretariat.getByRole("button", { name: "Save member" }).click();
  await expect(secretariat).toHaveURL(/done=memberSaved/);

  await openQueueOf(secretariat, member.name);
  await expectNoAxeViolations(secretariat);
  const item = queueItem(secretariat, TRAINING.title);
  await expect(item).toBeVisible();
  // The diff against the last published update: status, percent, the new words, the new evidence link.
  const changes = item.getByRole("table", { name: "What changed" });
  await expect(changes.getByRole("row", { name: /Percent complete\s+90%\s+95%\s+changed/ })).toBeVisible();
  await expect(item.getByRole("insertion").filter({ hasText: "450 peacekeepers" })).toBeVisible();
  await expect(item.getByRole("listitem").filter({ hasText: `https://example.org/training-${run}` })).toContainText(
    "new",
  );

  // A member of the public has the dashboard open on this member (whose figures only this test changes): its figures
  // are now in the server's cache.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/?member=${member.slug}`);
  await expect(visitor.getByRole("link", { name: new RegExp(`^Remove filter .*${member.name}`) })).toBeVisible();
  const publishedBefore = await updatesInLastYear(visitor);

  const since = Date.now();
  await item.getByRole("button", { name: `Publish update on “${isolate(TRAINING.title)}”` }).click();
  await expect(secretariat.getByRole("status")).toContainText("Update published");
  await expect(secretariat).toHaveURL(/done=published/);
  await expect(queueItem(secretariat, TRAINING.title)).toHaveCount(0);

  // The public page shows it at once, as reviewed by the secretariat.
  await secretariat.goto(`/commitments/${TRAINING.slug}`);
  await expect(secretariat.getByText(published)).toBeVisible();
  // So does the dashboard: the publish invalidated its cached figures and its list of recent updates.
  await visitor.reload();
  expect(await updatesInLastYear(visitor)).toBeGreaterThan(publishedBefore);
  const recent = visitor.getByRole("region", { name: "Recently published updates" });
  const entry = recent
    .getByRole("listitem")
    .filter({ has: visitor.getByRole("link", { name: `${member.name}: ${TRAINING.title}` }) });
  const publishedAt = await entry
    .locator("time")
    .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
  expect(
    publishedAt.some((iso) => Date.parse(iso) >= since - 1_000),
    `published at ${publishedAt.join(", ")}`,
  ).toBe(true);
  const mail = await waitForEmail(member.focalPoint.email, { since, subject: /is published$/ });
  expect(mail.subject).toBe(`Your update on “${TRAINING.title}” is published`);
  expect(mail.text).toContain(`/commitments/${TRAINING.slug}`);

  // Returning needs a comment: without one the form says so and nothing changes.
  await openQueueOf(secretariat, member.name);
  const other = queueItem(secretariat, FOREIGN_POLICY.title);
  await expect(other.getByRole("insertion").filter({ hasText: "presented to parliament" })).toBeVisible();
  const returnButton = other.getByRole("button", { name: /^Return with comment/ });
  await returnButton.click();
  const alert = other.getByRole("alert", { name: "There is 1 problem with what you entered" });
  await expect(alert).toContainText("Write a comment saying what the focal point should change.");
  await expect(alert).toBeFocused();
  await other.getByLabel("Comment for the focal point").fill(comment);
  await other.getByRole("button", { name: /^Return with comment/ }).click();
  await expect(secretariat.getByRole("status")).toContainText("Update returned");

  const returnedMail = await waitForEmail(member.focalPoint.email, { since, subject: /was returned$/ });
  expect(returnedMail.text).toContain(comment);
  await focal.goto(`/workspace/commitments/${FOREIGN_POLICY.slug}/update`);
  await expect(focal.getByText("The secretariat returned this update")).toBeVisible();
  await expect(focal.getByText(comment)).toBeVisible();
  await expect(focal.getByLabel("What was done")).toHaveValue(returned);
});

test.describe("refusals", () => {
  const targets = ["/secretariat/review", "/secretariat/members", "/secretariat/audit/export"];

  test("an anonymous visitor is sent to sign in, or refused, with or without x-middleware-subrequest", async ({
    request,
  }) => {
    for (const header of [undefined, ...SUBREQUEST_HEADERS]) {
      const headers = header ? { "x-middleware-subrequest": header } : undefined;
      const page = await request.get("/secretariat/review", { headers, maxRedirects: 0 });
      expect(page.status(), `page with ${header}`).toBe(307);
      expect(page.headers().location).toContain("/sign-in?callbackUrl=%2Fsecretariat%2Freview");
      const file = await request.get("/secretariat/audit/export", { headers, maxRedirects: 0 });
      expect(file.status(), `export with ${header}`).toBe(401);
      expect(file.headers()["cache-control"]).toBe("no-store");
      expect(await file.text()).not.toContain("actor");
    }
  });

  test("a focal point gets the 403 page and a 403 export, with or without x-middleware-subrequest", async ({
    page,
    own,
  }) => {
    await signIn(page, (await own.member()).focalPoint);
    for (const header of [undefined, ...SUBREQUEST_HEADERS]) {
      const headers = header ? { "x-middleware-subrequest": header } : undefined;
      for (const target of targets) {
        const response = await page.request.get(target, { headers, maxRedirects: 0 });
        expect(response.status(), `${target} with ${header}`).toBe(403);
        expect(response.headers()["cache-control"]).toContain("no-store");
        const body = await response.text();
        expect(body).not.toContain("Review queue</h1>");
        expect(body).not.toContain("secretariat@demo.example.org");
      }
    }
    await page.goto("/secretariat/review");
    await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Secretariat console" })).toHaveCount(0);
  });
});

test("security headers: CSP, nosniff, referrer policy, no X-Powered-By; embeds may be framed", async ({ request }) => {
  const home = await request.get("/");
  const headers = home.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["x-powered-by"]).toBeUndefined();

  const embed = await request.get("/embed/status-by-theme");
  expect(embed.status()).toBe(200);
  const embedCsp = embed.headers()["content-security-policy"] ?? "";
  expect(embedCsp).toContain("object-src 'none'");
  expect(embedCsp).toContain("frame-ancestors *");
  expect(embedCsp).not.toContain("frame-ancestors 'none'");
});

test("the secretariat's console pages are accessible and never cached", async ({ page, secretariat }) => {
  test.slow();
  await signIn(page, secretariat);
  for (const [path, heading] of [
    ["/secretariat", "Secretariat"],
    ["/secretariat/review", "Review queue"],
    ["/secretariat/review?view=verify", "Review queue"],
    ["/secretariat/members", "Members"],
    ["/secretariat/members/new", "Add a member"],
    ["/secretariat/focal-points", "Focal points"],
    ["/secretariat/themes", "Themes"],
    ["/secretariat/meetings", "Meetings"],
    ["/secretariat/meetings/new", "Add a meeting"],
    ["/secretariat/commitments", "Commitments and proposals"],
    ["/secretariat/commitments?view=approved", "Commitments and proposals"],
    ["/secretariat/audit", "Audit log"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()["cache-control"], path).toContain("no-store");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Secretariat console" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("a member saved with a wrong ISO code gets a plain-words error, and is saved once fixed", async ({
  page,
  own,
  secretariat,
}) => {
  await signIn(page, secretariat);
  await page.goto("/secretariat/members/new");
  const name = `Republic of Testland ${Date.now()}`;
  own.claimMember(name);
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel(/^Kind/).selectOption("MEMBER_STATE");
  await page.getByLabel(/^ISO 3166 country code/).fill("TST");
  await page.getByLabel(/^UN regional group/).selectOption("AFRICAN");
  await page.getByRole("button", { name: "Save member" }).click();
  const alert = page.getByRole("alert", { name: "There is 1 problem with what you entered" });
  await expect(alert).toContainText("This is not an ISO 3166 alpha-3 country code");
  await expect(alert).toBeFocused();
  await expect(page.getByLabel(/^ISO 3166 country code/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/^Name/)).toHaveValue(name);
  await expectNoAxeViolations(page);

  await page.getByLabel(/^ISO 3166 country code/).fill("ken");
  await page.getByRole("button", { name: "Save member" }).click();
  await expect(page).toHaveURL(/\/secretariat\/members\?done=memberCreated$/);
  await expect(page.getByRole("status")).toContainText("Member added.");
  await page.getByLabel("Name, code or address name").fill(name);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("KEN");
});

test.describe("without JavaScript", () => {
  test("the secretariat returns an update and saves a member with plain form posts", async ({
    browser,
    own,
    secretariat,
  }) => {
    test.slow();
    const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: 40 } }] });
    const commitment = member.commitments[0]!;
    const narrative = `No-script review check ${Date.now()}: the guidance was translated.`;
    const focal = await signedInPage(browser, member.focalPoint);
    await submitUpdate(focal, commitment.slug, { status: "IN_PROGRESS", percent: "45", narrative });

    const page = await signedInPage(browser, secretariat, { javaScriptEnabled: false });
    await page.goto("/secretariat/review");
    await page.getByLabel("Member").selectOption({ label: member.name });
    await page.getByRole("button", { name: "Apply filters" }).click();
    const item = queueItem(page, commitment.title);
    await expect(item.getByRole("insertion").filter({ hasText: "translated" })).toBeVisible();
    await item.getByRole("button", { name: /^Return with comment/ }).click();
    // The server answers with the same page: the error, in plain words, next to the field.
    const again = queueItem(page, commitment.title);
    await expect(again.getByRole("alert", { name: "There is 1 problem with what you entered" })).toBeVisible();
    await expect(again.getByLabel("Comment for the focal point")).toHaveAccessibleDescription(
      /Write a comment saying what the focal point should change/,
    );
    await again.getByLabel("Comment for the focal point").fill("Please name the ministry that translated it.");
    await again.getByRole("button", { name: /^Return with comment/ }).click();
    await expect(page).toHaveURL(/done=returned/);
    await expect(page.getByRole("status")).toContainText("Update returned");

    await page.goto("/secretariat/members/new");
    await page.getByLabel(/^Name/).fill("Somewhere");
    await page.getByLabel(/^Kind/).selectOption("MEMBER_STATE");
    await page.getByRole("button", { name: "Save member" }).click();
    await expect(page.getByRole("alert", { name: "There are 2 problems with what you entered" })).toBeVisible();
    await expect(page.getByLabel(/^Name/)).toHaveValue("Somewhere");
  });
});
