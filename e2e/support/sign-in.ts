// Signing a browser in without the sign-in form (lib/testing/session-token.ts says how). Only the access journey
// (e2e/access.spec.ts) signs in through the form.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { sessionCookieFor, type SignInAs } from "@/lib/testing/session-token";

export type { SignInAs };

/** Signs the page's browser context in as `user`, in a session of its own. */
export async function signIn(page: Page, user: SignInAs): Promise<void> {
  await page.context().addCookies([await sessionCookieFor(user)]);
}

/** A page in a new browser context (another person, or another device), signed in as `user`. */
export async function signedInPage(browser: Browser, user: SignInAs, options: BrowserContextOptions = {}) {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, user);
  return page;
}

/**
 * Signs in through the sign-in form, as a person does: for the access journey (e2e/access.spec.ts), which tests the
 * form itself. Leaves the page on wherever the form leads (the callback, the workspace, or the form with its error).
 */
export async function signInThroughForm(page: Page, email: string, password: string, callbackPath?: string) {
  await page.goto(callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
