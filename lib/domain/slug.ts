// Slugs are the last part of public addresses (/members/sweden, /commitments/colombia-gender-sub-committee): lower-case
// ASCII words joined by hyphens, the only form the database accepts.

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The longest slug made from a name or title (a commitment's may get a "-2" suffix on top). */
export const SLUG_MAX_LENGTH = 80;

/** Longer than any slug the app makes: a longer value from an address names nothing. */
const LOOKUP_MAX_LENGTH = 200;

/** A value from an address or a form that could name a record; anything else is "not found" without a query. */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= LOOKUP_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** "Côte d’Ivoire (2024)" → "cote-d-ivoire-2024", cut to at most `maxLength` characters; "" when no word is left. */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}
