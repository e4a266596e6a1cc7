// The slug field of the register's forms: typed, or made from the name (lib/domain/slug.ts says what a slug is).
import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from "@/lib/domain/slug";

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
  return slug || slugify(from, SLUG_MAX_LENGTH) || undefined;
}
