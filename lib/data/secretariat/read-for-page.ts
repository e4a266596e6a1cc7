import "server-only";
import { forbidden } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

/**
 * Runs a secretariat page's read for the signed-in user and turns its refusal into the page's answer: nobody signed
 * in goes to sign in (and comes back to `path`), anyone else gets the 403 page. The read decides; this only
 * translates.
 */
export async function readForPage<T>(path: string, read: (user: SessionUser | null) => Promise<T>): Promise<T> {
  const user = await getSessionUser();
  try {
    return await read(user);
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.reason === "unauthenticated") return redirectInLocale(signInPath(path));
    forbidden();
  }
}

/** A page's own path with its query, for the sign-in round trip. */
export function pagePath(pathname: string, searchParams: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of [value ?? []].flat()) query.append(key, item);
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}
