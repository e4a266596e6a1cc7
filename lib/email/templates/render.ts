// Emails are written as a few paragraphs of plain text; the HTML part is the same paragraphs, escaped, with the one
// link made clickable. No user-supplied text is ever inserted unescaped.
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";

export type RenderedEmail = { subject: string; text: string; html: string };

export function emailTranslator() {
  return createTranslator({ locale: "en", messages: messages.en, namespace: "email" });
}

/** "8 March 2026, 12:00 UTC": emails are read in every time zone, so they say which one. */
export function formatEmailDate(date: Date): string {
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  return `${day.format(date)}, ${time.format(date)} UTC`;
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Paragraphs of text, one of which may be the link (written out in full in the text part, so it can be copied). */
export function renderEmail(subject: string, paragraphs: Array<string | { link: string }>): RenderedEmail {
  const text = paragraphs.map((p) => (typeof p === "string" ? p : p.link)).join("\n\n") + "\n";
  const body = paragraphs
    .map((p) => {
      if (typeof p === "string") return `<p>${escapeHtml(p)}</p>`;
      const href = escapeHtml(p.link);
      return `<p><a href="${href}">${href}</a></p>`;
    })
    .join("\n");
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`;
  const html = `<!doctype html>\n<html lang="en">${head}\n<body>\n${body}\n</body></html>\n`;
  return { subject, text, html };
}
