// How a signed-in route handler answers a refusal, a limit or a failure: a person who clicked a download link lands
// on a page of the site (header, plain words, a way back: app/downloads/[answer]) with the right status; a script
// gets the same status and the same words as plain text.
//
// A route handler cannot render the site's layout itself, so the page is rendered by the app and fetched from it,
// with the person's own cookies (the header then shows who is signed in). The fetch only ever goes to APP_URL (the
// configured address, never the request's Host header, so a request cannot point it elsewhere) and only to the
// answer pages; when it fails, the plain text answer still carries the status.
import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/messages";
import { logger } from "@/lib/log/logger";
import { currentRequestContext } from "@/lib/log/request-context";
import { answerPagePath, minutesUntil, type Answer, type AnswerDetails } from "./answer-pages";
import { NO_STORE, plainText, wantsPage } from "./responses";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

const PAGE_TIMEOUT_MS = 10_000;

/** The "downloads" messages outside a page (English until the catalogue has other languages). */
export function downloadsTranslator() {
  return createTranslator({ locale: "en", messages: messages.en, namespace: "downloads", timeZone: DISPLAY_TIME_ZONE });
}

export async function answer(
  request: Request,
  kind: Answer,
  status: number,
  details: AnswerDetails,
  headers: Record<string, string> = {},
): Promise<Response> {
  const answerHeaders = { ...NO_STORE, Vary: "Accept", ...headers };
  if (wantsPage(request)) {
    const page = await fetchPage(request, answerPagePath(kind, details));
    if (page) return new Response(page.body, { status, headers: { "Content-Type": page.type, ...answerHeaders } });
  }
  return plainText(status, plainWords(kind, details), answerHeaders);
}

function plainWords(kind: Answer, details: AnswerDetails): string {
  const t = downloadsTranslator();
  switch (kind) {
    case "sign-in":
      return t("sign-in.text");
    case "forbidden":
      return t("forbidden.text");
    case "limit":
      return t("limit.text", { minutes: minutesUntil(details.retryAfterSeconds ?? 60) });
    case "failed":
      return `${t("failed.text")} ${t("failed.reference", { reference: details.reference ?? "-" })}`;
  }
}

async function fetchPage(request: Request, path: string): Promise<{ body: ReadableStream; type: string } | null> {
  const requestId = currentRequestContext()?.requestId;
  try {
    const response = await fetch(new URL(path, new URL(env.APP_URL).origin), {
      headers: {
        Accept: "text/html",
        Cookie: request.headers.get("cookie") ?? "",
        ...(requestId ? { "X-Request-Id": requestId } : {}),
      },
      cache: "no-store",
      redirect: "manual",
      signal: AbortSignal.timeout(PAGE_TIMEOUT_MS),
    });
    const type = response.headers.get("content-type") ?? "";
    if (response.status === 200 && response.body && type.startsWith("text/html")) return { body: response.body, type };
    await response.body?.cancel();
    logger.warn("The answer page could not be shown; answering in plain text", { page: path, status: response.status });
  } catch (error) {
    logger.warn("The answer page could not be shown; answering in plain text", { page: path, error });
  }
  return null;
}
