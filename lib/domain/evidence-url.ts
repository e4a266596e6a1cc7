// Evidence links are typed by focal points. The database only accepts http(s), but a page renders a link only after
// checking again here, so a bad row can never become a `javascript:` or `data:` link.

/** The URL normalised, when it is an absolute http or https URL; null otherwise (show it as plain text). */
export function safeHttpUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.href;
}
