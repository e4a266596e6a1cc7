// Issue 13, the input half: nothing typed in the update form is lost by reloading at once; the signed-in areas and
// the sign-in pages run under a nonce-based Content-Security-Policy with no violation; a bad address or a refused
// server-action POST is a 400/403/413 in plain words with the security headers; a password sign-in makes the browser
// a trusted device (docs/decisions/0014-request-hardening.md). Each test uses members and users of its own.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

/** Every console message of the page that reports a Content-Security-Policy violation. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

function expectNoncePolicy(policy: string | null) {
  const scripts = /script-src ([^;]*)/.exec(policy ?? "")?.[1] ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(scripts).not.toContain("'unsafe-inline'");
}

test("typing in the update form and reloading at once loses nothing: the page asks first, then offers the text back", async ({
  page,
  own,
}) => {
  const member = await own.member();
  await signIn(page, member.focalPoint);
  const { slug } = member.commitments[0]!;
  await page.goto(`/workspace/commitments/${slug}/update`);
  await expect(page.locator('form[data-autosave="on"]')).toHaveCount(1);

  const narrative = `Typed just before a reload ${crypto.randomUUID().slice(0, 8)}.`;
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await page.getByLabel("Percent complete").fill("35");
  await page.getByLabel("What was done").fill(narrative);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);

  const notice = page.getByRole("region", { name: "You have text that was not saved" });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);
  await notice.getByRole("button", { name: "Put it back in the form" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel("What was done")).toHaveValue(narrative);
  await expect(page.getByLabel("Percent complete")).toHaveValue("35");
  await expect(page.getByLabel("Implementation status")).toHaveValue("IN_PROGRESS");
  // Put back, it is saved as any typing is, and leaving then asks nothing.
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Draft saved at \d{2}:\d{2}/, { timeout: 15_000 });
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  await expect(page.getByLabel("What was done")).toHaveValue(narrative);
  await expect(page.getByRole("region", { name: "You have text that was not saved" })).toHaveCount(0);
});

test("declining the offer forgets the kept text", async ({ page, own }) => {
  const member = await own.member();
  await signIn(page, member.focalPoint);
  await page.goto(`/workspace/commitments/${member.commitments[0]!.slug}/update`);
  await expect(page.locator('form[data-autosave="on"]')).toHaveCount(1);
  await page.getByLabel("What was done").fill("Not wanted after all.");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await page.getByRole("button", { name: "Discard it" }).click();
  await expect(page.getByLabel("What was done")).toHaveValue("");
  await page.reload();
  await expect(page.getByRole("region", { name: "You have text that was not saved" })).toHaveCount(0);
});

test("a NUL character pasted into the update form is one plain field error, and the text stays", async ({
  page,
  own,
}) => {
  const member = await own.member();
  await signIn(page, member.focalPoint);
  await page.goto(`/workspace/commitments/${member.commitments[0]!.slug}/update`);
  await expect(page.locator('form[data-autosave="on"]')).toHaveCount(1);
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  const pasted = "Copied from a spreadsheet\u0000 with a stray control character.";
  await page.getByLabel("What was done").fill(pasted);
  await page.getByRole("button", { name: "Save draft" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is 1 problem with this update" });
  await expect(summary).toContainText("an invisible control character that cannot be saved");
  await expect(page.getByLabel("What was done")).toHaveValue(pasted);
  await expect(page.getByLabel("What was done")).toHaveAttribute("aria-invalid", "true");
});

test("the sign-in pages and the signed-in areas run under a nonce-based policy without a single violation", async ({
  page,
  own,
  secretariat,
}) => {
  const violations = cspViolations(page);
  for (const path of ["/sign-in", "/forgot-password"]) {
    const response = await page.goto(path);
    expectNoncePolicy(response!.headers()["content-security-policy"] ?? null);
  }
  // The sign-in form works under it (its script signs in without a reload), and makes this browser a trusted device.
  const member = await own.member();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(member.focalPoint.email);
  await page.getByLabel("Password").fill(member.focalPoint.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name.endsWith("wps.trusted-device"))).toMatchObject({ httpOnly: true });

  const updatePage = await page.goto(`/workspace/commitments/${member.commitments[0]!.slug}/update`);
  expectNoncePolicy(updatePage!.headers()["content-security-policy"] ?? null);
  await expect(page.locator('form[data-autosave="on"]')).toHaveCount(1);

  await page.context().clearCookies();
  await signIn(page, secretariat);
  for (const path of ["/secretariat", "/secretariat/review", "/secretariat/themes/new", "/account/password"]) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    expectNoncePolicy(response!.headers()["content-security-policy"] ?? null);
  }
  expect(violations).toEqual([]);
});

test("a bad address is a 400 in plain words with the security headers, on every kind of dynamic route", async ({
  request,
}) => {
  const paths = ["/commitments/%FF", "/members/%C3%28", "/themes/%ED%A0%80", "/api/v1/commitments/%FF"];
  for (const path of [...paths, "/charts/%FF/data.csv", "/invitation/%FF", "/workspace/commitments/%00/update"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain("This address is not valid");
  }
});

test("a server-action POST from another site, over the size limit or unreadable is refused, and nothing is written", async ({
  request,
  baseURL,
}) => {
  const post = (headers: Record<string, string>, multipart: Record<string, string>) =>
    request.post("/forgot-password", { headers: { "next-action": "7f".padEnd(42, "0"), ...headers }, multipart });
  const state = JSON.stringify([{ status: "idle", submission: 0 }, "$K1"]);
  // The forgot-password action records every request it answers (lib/auth/password-reset-limits.ts).
  const email = `refused-${crypto.randomUUID().slice(0, 8)}@test.example.org`;

  const foreign = await post({ origin: "https://evil.example" }, { "1_email": email, 0: state });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("sent from another website");
  expect(foreign.headers()["content-security-policy"]).toBeTruthy();

  const large = await post({ origin: baseURL! }, { "1_email": "x".repeat(1024 * 1024 + 10), 0: state });
  expect(large.status()).toBe(413);

  const malformed = await post({ origin: baseURL! }, { "1_email": email, 0: '["not a state","not a form"]' });
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain("could not be read");
  expect(await db.signInAttempt.count({ where: { email: { contains: email } } })).toBe(0);
});
