"use server";
// Transport for the button on /sign-in/link/[token]. No session is needed: the emailed link is the credential, and
// lib/mutations/sign-in-with-link.ts checks it. Opening the link only shows the button (mail scanners follow links);
// pressing it signs this browser in, makes it a trusted device for the account, as a password sign-in does
// (lib/auth/trusted-device.ts), and lands in the workspace in the user's language.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DEFAULT_AFTER_SIGN_IN, inPreferredLanguage } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { ensureCsrfCookie } from "@/lib/auth/csrf";
import { issueSessionCookie, usesSecureCookies } from "@/lib/auth/session-cookie";
import { issueTrustedDevice, setTrustedDeviceCookie, trustedDeviceCookieName } from "@/lib/auth/trusted-device";
import { getPreferredLocale } from "@/lib/data/account/get-preferred-locale";
import { signInWithLink } from "@/lib/mutations/sign-in-with-link";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { SignInLinkFormState } from "./form-states";

export async function signInWithLinkAction(
  previous: SignInLinkFormState,
  formData: FormData,
): Promise<SignInLinkFormState> {
  const requestHeaders = await headers();
  const result = await signInWithLink(formText(formData, "token"), {
    ip: clientIp(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  });
  if (!result.ok) return { status: "invalid_link", submission: nextSubmission(previous) };
  await issueSessionCookie(result);
  await setTrustedDeviceCookie({
    name: trustedDeviceCookieName(usesSecureCookies()),
    ...issueTrustedDevice(result.user.email),
  });
  // next-auth's CSRF cookie, which the header's sign-out form needs without JavaScript.
  await ensureCsrfCookie();
  // In the language the user chose in their account, as after a sign-in with the password.
  redirect(inPreferredLanguage(DEFAULT_AFTER_SIGN_IN, await getPreferredLocale(result.user.id)));
}
