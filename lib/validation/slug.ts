// Slugs are the last part of public addresses (/members/sweden): lower-case words joined by hyphens.
import { z } from "zod";

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** "Côte d’Ivoire (2024)" → "cote-d-ivoire-2024". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

/** A slug field that may be left blank: it is then made from `from` (the name or title). */
export function slugField() {
  return z
    .string()
    .trim()
    .max(SLUG_MAX_LENGTH, { error: "slug.tooLong" })
    .regex(SLUG_PATTERN, { error: "slug.invalid" })
    .optional();
}

/** The slug typed, or one made from the name when none was; undefined when neither gives one. */
export function slugOrFrom(slug: string | undefined, from: string): string | undefined {
  return slug || slugify(from) || undefined;
}
