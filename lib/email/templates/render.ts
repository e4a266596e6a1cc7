// Emails are written as a few paragraphs of plain text; the HTML part is the same paragraphs, escaped, with the one
// link made clickable. No user-supplied text is ever inserted unescaped.
import { createTranslator } from "next-intl";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

export type RenderedEmail = { subject: string; text: string; html: string };

/** The email messages in the recipient's language; dates in them are in UTC, and the messages say so. */
export function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "email", timeZone: DISPLAY_TIME_ZONE });
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Paragraphs of text, one of which may be the link (written out in full in the text part, so it can be copied). */
export function renderEmail(
  locale: Locale,
  subject: string,
  paragraphs: Array<string | { link: string }>,
): RenderedEmail {
  const text = paragraphs.map((p) => (typeof p === "string" ? p : p.link)).join("\n\n") + "\n";
  const body = paragraphs
    .map((p) => {
      if (typeof p === "string") return `<p>${escapeHtml(p)}</p>`;
      const href = escapeHtml(p.link);
      return `<p><a href="${href}">${href}</a></p>`;
    })
    .join("\n");
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`;
  const html = `<!doctype html>\n<html lang="${locale}" dir="${directionOf(locale)}">${head}\n<body>\n${body}\n</body></html>\n`;
  return { subject, text, html };
}
