// Getting in safely (issue 4, "Get in safely"): the secretariat invites a new focal point by email, the invitee sets
// a password and lands in their workspace; "forgot password" resets it by email; everything works without
// JavaScript; a session cookie kept after signing out is refused; and the sign-in form itself. Emails really travel
// over SMTP to the server `npm test` starts (e2e/support/mailbox.ts). This is the one spec that signs in through the
// form; the secretariat who invites is signed in by the fixture. Every test invites to, and signs in as, a member and
// users of its own (e2e/support/fixtures.ts), deleted after it.
import type { Browser, Page } from "@playwright/test";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type OwnMember, type TestUser } from "./support/fixtures";
import { linkIn, waitForEmail } from "./support/mailbox";
import { signIn, signInThroughForm, signedInPage } from "./support/sign-in";

// Each test is a whole journey that starts with the secretariat sending an invitation: more than the default minute
// on a busy machine.
test.describe.configure({ timeout: 180_000 });

const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
const titlesOf = (member: OwnMember) => member.commitments.map((c) => c.title);

/** The secretariat, in its own browser context, invites `email` to `memberName`; returns the link from the email. */
async function invite(
  browser: Browser,
  baseURL: string,
  secretariat: TestUser,
  {
    email,
    name,
    memberName,
    javaScriptEnabled = true,
  }: {
    email: string;
    name: string;
    memberName: string;
    javaScriptEnabled?: boolean;
  },
) {
  const page = await signedInPage(browser, secretariat, { javaScriptEnabled });
  await page.goto("/secretariat/invitations");
  await expect(page.getByRole("heading", { level: 1, name: "Invite focal points" })).toBeVisible();
  if (javaScriptEnabled) await expectNoAxeViolations(page);
  const since = Date.now();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Member").selectOption({ label: memberName });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Invitation sent to ${email} for ${memberName}.` }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: /People invited/ })).toContainText(email);
  await page.context().close();
  const mail = await waitForEmail(email, { since, subject: /You are invited/ });
  expect(mail.text).toContain(`Dear ${name},`);
  return linkIn(mail, baseURL);
}

async function setPassword(page: Page, password: string, confirm = password) {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Type the new password again").fill(confirm);
}

test("the secretariat invites a focal point, who sets a password and lands in their member's workspace", async ({
  page,
  browser,
  baseURL,
  own,
  secretariat,
}) => {
  const member = await own.member({ commitments: [{}, {}] });
  const email = uniqueEmail("invitee");
  const link = await invite(browser, baseURL!, secretariat, {
    email,
    name: "Astrid Lindqvist",
    memberName: member.name,
  });
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
  await expect(page.getByText(`You are invited to be a focal point for ${member.name}.`)).toBeVisible();
  await expect(page.getByText(`Your account: Astrid Lindqvist (${email})`)).toBeVisible();
  await expectNoAxeViolations(page);

  // A common password is refused in plain words; nothing is lost but the password itself.
  await setPassword(page, "password1234");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  const summary = page.getByRole("alert", { name: "There is 1 problem with the password" });
  await expect(summary).toContainText("This password is too common or too easy to guess.");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(
    /At least 12 characters.*too common/s,
  );
  await expectNoAxeViolations(page);

  await setPassword(page, "northern lights over the fjord");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Signed in as Astrid Lindqvist");
  for (const title of titlesOf(member))
    await expect(
      page.getByRole("link", { name: `History and details of “${isolate(title)}”`, exact: true }),
    ).toBeVisible();

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "This invitation link does not work" })).toBeVisible();
  await expect(
    page.getByText("This link has expired or was already used. Ask the secretariat for a new invitation."),
  ).toBeVisible();
});

test("the secretariat withdraws an invitation sent to the wrong address: its link stops working at once", async ({
  page,
  browser,
  baseURL,
  own,
  secretariat,
}) => {
  const member = await own.member();
  const email = uniqueEmail("wrong-address");
  const link = await invite(browser, baseURL!, secretariat, { email, name: "Wrong Address", memberName: member.name });

  await signIn(page, secretariat);
  await page.goto("/secretariat/invitations");
  const pending = page.getByRole("table", { name: /People invited/ });
  await pending.getByRole("button", { name: `Withdraw the invitation to ${isolate(email)}` }).click();
  await expect(page.getByRole("status")).toContainText("Invitation withdrawn. Its link no longer works");
  await expect(page.getByText(email)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation link does not work" })).toBeVisible();
  await invitee.context().close();
});

test("forgot password: the reset email, a new password, and signing in with it", async ({
  page,
  browser,
  baseURL,
  own,
  secretariat,
}) => {
  const member = await own.member();
  const email = uniqueEmail("forgetful");
  const oldPassword = "first passphrase for hungary";
  await page.goto(
    await invite(browser, baseURL!, secretariat, { email, name: "Eszter Nagy", memberName: member.name }),
  );
  await setPassword(page, oldPassword);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const signedInElsewhere = await page.context().storageState();
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await expectNoAxeViolations(page);
  const since = Date.now();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If there is an account for ${email}, we have sent it a link`);

  const mail = await waitForEmail(email, { since, subject: /Reset your password/ });
  await page.goto(linkIn(mail, baseURL!));
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await setPassword(page, "brand new passphrase for eszter", "brand new passphrase for eszter!");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("alert", { name: /problem with the password/ })).toContainText(
    "The two passwords are not the same.",
  );
  await setPassword(page, "brand new passphrase for eszter");
  await page.getByRole("button", { name: "Set new password" }).click();

  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await page.getByLabel("Password", { exact: true }).fill(oldPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "You are not signed in" })).toContainText(
    "The email address or the password is not right",
  );
  await signInThroughForm(page, email, "brand new passphrase for eszter");
  await expect(page).toHaveURL(/\/workspace$/);

  // The session from before the reset is refused.
  const before = await browser.newContext({ storageState: signedInElsewhere });
  const old = await before.newPage();
  await old.goto("/workspace");
  await expect(old).toHaveURL(/\/sign-in/);
  await before.close();
});

test("after signing out, the old session cookie is refused", async ({ page, browser, baseURL, own, secretariat }) => {
  const member = await own.member();
  const email = uniqueEmail("leaver");
  await page.goto(
    await invite(browser, baseURL!, secretariat, { email, name: "Kari Nordmann", memberName: member.name }),
  );
  await setPassword(page, "midnight sun over tromso");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);

  const saved = await page.context().storageState();
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await browser.newContext({ storageState: saved });
  const replayed = await replay.newPage();
  const response = await replayed.goto("/workspace");
  expect(response?.ok()).toBe(true);
  await expect(replayed).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("changing the password keeps this browser signed in and ends the other sessions", async ({
  page,
  browser,
  baseURL,
  own,
  secretariat,
}) => {
  const member = await own.member();
  const email = uniqueEmail("changer");
  const oldPassword = "old passphrase from madrid";
  await page.goto(await invite(browser, baseURL!, secretariat, { email, name: "Ana Torres", memberName: member.name }));
  await setPassword(page, oldPassword);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signInThroughForm(other, email, oldPassword);
  await expect(other).toHaveURL(/\/workspace$/);

  await page.goto("/account/password");
  await expect(page.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Current password").fill("not my password at all");
  await setPassword(page, "new passphrase from seville");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert", { name: /problem with the password/ })).toContainText(
    "This is not your current password.",
  );

  await page.getByLabel("Current password").fill(oldPassword);
  await setPassword(page, "new passphrase from seville");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed.");

  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/workspace$/);
  await other.goto("/workspace");
  await expect(other).toHaveURL(/\/sign-in/);
  await signInThroughForm(other, email, "new passphrase from seville");
  await expect(other).toHaveURL(/\/workspace$/);
  await otherDevice.close();
});

test("only the secretariat sees the invitations page, and there is no outbox when mail goes over SMTP", async ({
  page,
  request,
  own,
}) => {
  const { focalPoint } = await own.member();
  await page.goto("/secretariat/invitations");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsecretariat%2Finvitations/);

  await signInThroughForm(page, focalPoint.email, focalPoint.password);
  await expect(page).toHaveURL(/\/workspace$/);
  const response = await page.goto("/secretariat/invitations");
  expect(response?.status()).toBe(403);
  await expect(page.getByLabel("Email address")).toHaveCount(0);

  expect((await request.get("/dev/outbox")).status()).toBe(404);
});

test("a wrong password gets an error in plain words", async ({ page, own }) => {
  const { focalPoint } = await own.member();
  await signInThroughForm(page, focalPoint.email, "not-the-password");
  const alert = page.getByRole("alert", { name: "You are not signed in" });
  await expect(alert).toContainText("The email address or the password is not right");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);
});

test("signing in from the header and signing out again", async ({ page, own }) => {
  const { focalPoint } = await own.member();
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").fill(focalPoint.email);
  await page.getByLabel("Password").fill(focalPoint.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await expect(nav.getByRole("link", { name: "My commitments" })).toBeVisible();

  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the secretariat signs in and lands on the page it asked for", async ({ page, secretariat }) => {
  await signInThroughForm(page, secretariat.email, secretariat.password, "/secretariat");
  await expect(page).toHaveURL(/\/secretariat$/);
  await expect(page.getByRole("heading", { level: 1, name: "Secretariat" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("invitation, sign-in and password reset all work with plain form posts", async ({
    page,
    browser,
    baseURL,
    own,
    secretariat,
  }) => {
    const member = await own.member({ commitments: [{}, {}] });
    const email = uniqueEmail("nojs");
    const link = await invite(browser, baseURL!, secretariat, {
      email,
      name: "Ama Mensah",
      memberName: member.name,
      javaScriptEnabled: false,
    });
    await page.goto(link);
    await setPassword(page, "short");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(page.getByRole("alert", { name: "There is 1 problem with the password" })).toContainText(
      "Use at least 12 characters.",
    );
    await setPassword(page, "harmattan wind in abuja");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();

    await signInThroughForm(page, email, "not the password at all");
    await expect(page.getByText("The email address or the password is not right")).toBeVisible();
    await signInThroughForm(page, email, "harmattan wind in abuja");
    await expect(page).toHaveURL(/\/workspace$/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();

    await page.goto("/forgot-password");
    const since = Date.now();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByText(`If there is an account for ${email}`)).toBeVisible();
    const mail = await waitForEmail(email, { since, subject: /Reset your password/ });
    await page.goto(linkIn(mail, baseURL!));
    await setPassword(page, "dry season in the sahel");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.getByText("Your password has been changed")).toBeVisible();
    await page.getByLabel("Password", { exact: true }).fill("dry season in the sahel");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/workspace$/);
    for (const title of titlesOf(member))
      await expect(
        page.getByRole("link", { name: `History and details of “${isolate(title)}”`, exact: true }),
      ).toBeVisible();
  });
});
