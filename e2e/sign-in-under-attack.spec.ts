// Issue 13: no anonymous client can stop a legitimate user signing in with the right password
// (docs/decisions/0017-sign-in-under-attack.md). An attacker's wrong guesses lock the account for every browser it
// does not know; the owner, in a fresh browser, types the right password, is told a one-time link has been emailed,
// receives it over real SMTP (e2e/support/mailbox.ts), and signs in with it; the link works once, and the browser it
// signed in is trusted from then on, attack or not. The attack is on the test's own account: an attack of made-up
// addresses would lock every untrusted sign-in of the whole run (TRUSTED_PROXY_HOPS=0 here), and it takes the same
// path (lib/auth/sign-in-links.int.test.ts proves it with 55 made-up addresses).
import type { Page } from "@playwright/test";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { signInThroughForm } from "./support/sign-in";

test.describe.configure({ timeout: 180_000 });

/** Ten wrong passwords from the attacker's browser: the last one says the account is now locked. */
async function attack(attacker: Page, email: string) {
  for (let i = 1; i <= 10; i++) {
    await signInThroughForm(attacker, email, `attacker guess number ${i}`);
    await expect(attacker.getByRole("alert", { name: "You are not signed in" })).toContainText(
      i < 10 ? "The email address or the password is not right" : "Too many failed attempts",
    );
  }
}

const notSignedIn = (page: Page) => page.getByRole("alert", { name: "You are not signed in" });

test("during an attack on the account, a fresh browser signs in through the emailed link, once, and is trusted from then on", async ({
  browser,
  baseURL,
  own,
}) => {
  const member = await own.member();
  const { email, password } = member.focalPoint;
  const attacker = await (await browser.newContext()).newPage();
  await attack(attacker, email);

  // The owner, on a browser never used here, with the right password: not signed in, but told what to do.
  const page = await (await browser.newContext()).newPage();
  const since = Date.now();
  await signInThroughForm(page, email, password);
  await expect(notSignedIn(page)).toContainText(
    "If the email address and password you entered are right, we have emailed you a one-time sign-in link: open it within 15 minutes.",
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);

  const mail = await waitForEmail(email, { since, subject: /sign-in link/ });
  expect(mail.subject).toBe("Your sign-in link for the WPS Commitments Tracker");
  const link = linkIn(mail, baseURL!);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in with this link" })).toBeVisible();
  await expect(page.getByText(`This link signs you in as ${email} in this browser.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(
    page.getByRole("link", { name: `History and details of “${isolate(member.commitments[0]!.title)}”`, exact: true }),
  ).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name.endsWith("wps.trusted-device"))).toMatchObject({ httpOnly: true });

  // The link works once.
  const replay = await (await browser.newContext()).newPage();
  await replay.goto(link);
  await expect(replay.getByRole("heading", { level: 1, name: "This sign-in link does not work" })).toBeVisible();
  await expect(replay.getByRole("link", { name: "Go to sign-in" })).toBeVisible();

  // The attack goes on. Any other new browser is still only offered a link, even with the right password...
  await attack(attacker, email);
  await signInThroughForm(replay, email, password);
  await expect(notSignedIn(replay)).toContainText("we have emailed you a one-time sign-in link");
  // ...while the browser the link signed in is one the account knows now: the password is enough there.
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(/\/workspace/);
  await signInThroughForm(page, email, password);
  await expect(page).toHaveURL(/\/workspace$/);
});
