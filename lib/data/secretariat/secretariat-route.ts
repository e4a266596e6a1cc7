import "server-only";
import { createTranslator } from "next-intl";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { messages } from "@/lib/i18n/messages";

export const NO_STORE = { "Cache-Control": "no-store" } as const;

/**
 * Wraps a secretariat route handler (an export): a route handler is its own entry point, so its read authorizes
 * the user (lib/data/secretariat/*); a refusal becomes 401 or 403 in plain words. Every answer is no-store.
 */
export function secretariatRoute(handler: (user: SessionUser | null, request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(await getSessionUser(), request);
    } catch (error) {
      if (!(error instanceof AuthorizationError)) throw error;
      const t = createTranslator({ locale: "en", messages: messages.en, namespace: "secretariat.exportRefused" });
      const unauthenticated = error.reason === "unauthenticated";
      response = new Response(`${unauthenticated ? t("unauthenticated") : t("forbidden")}\n`, {
        status: unauthenticated ? 401 : 403,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    response.headers.set("Cache-Control", NO_STORE["Cache-Control"]);
    return response;
  };
}
