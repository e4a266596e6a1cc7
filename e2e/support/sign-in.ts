// Signing a browser in without the sign-in form, as the app itself does after an invitation is accepted
// (lib/auth/session-cookie.ts): a user_sessions row, made by the shared factory, and the session cookie naming it,
// encoded with next-auth's own encode() and the app's AUTH_SECRET. The app checks such a cookie exactly as one from a
// password sign-in. Only the access journey (e2e/access.spec.ts) signs in through the form.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS, type SessionClaims } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createUserSession } from "@/prisma/seed/factories";

export type SignInAs = { id: string; email: string; name: string; sessionVersion: number };

/** Signs the page's browser context in as `user`, in a session of its own. */
export async function signIn(page: Page, user: SignInAs): Promise<void> {
  const session = await createUserSession(db, user.id);
  const claims: SessionClaims = {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: session.signedInAt,
    sid: session.id,
  };
  const token = await encode({
    secret: env.AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { name: user.name, email: user.email, sub: user.id, ...claims },
  });
  // The name sessionCookie() gives it: __Secure- only when the app is served over https.
  const secure = env.APP_URL.startsWith("https://");
  await page.context().addCookies([
    {
      name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
      value: token,
      url: env.APP_URL,
      httpOnly: true,
      secure,
      sameSite: "Lax",
      expires: Math.floor(session.expiresAt.getTime() / 1000),
    },
  ]);
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
