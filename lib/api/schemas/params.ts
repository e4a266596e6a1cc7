// Query and path parameters. Each carries the message a client sees when its value is wrong.
import { z } from "@/lib/api/zod";
import { SLUG_PATTERN } from "@/lib/open-data/vocabulary";

const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 25;
const MAX_PAGE = 100_000;

/** "12" → 12; anything else (" 1", "1.5", "0x10", "1e3") stays a string and fails as "not a whole number". */
const digits = (value: unknown) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value);

export function wholeNumber(name: string, min: number, max: number) {
  const error = `${name} must be a whole number from ${min} to ${max}.`;
  return z.preprocess(digits, z.number({ error }).int({ error }).min(min, { error }).max(max, { error }));
}

export const PaginationQuery = z.object({
  page: wholeNumber("page", 1, MAX_PAGE).default(1).openapi({ description: "Page to return, from 1.", example: 1 }),
  per_page: wholeNumber("per_page", 1, MAX_PER_PAGE)
    .default(DEFAULT_PER_PAGE)
    .openapi({ description: `Records per page, at most ${MAX_PER_PAGE}.`, example: DEFAULT_PER_PAGE }),
});

export function slugParam(name: string, description: string, example: string) {
  const error = `${name} must be a slug (lower-case letters, digits and single hyphens), as listed by the API.`;
  return z
    .string({ error })
    .max(120, { error })
    .regex(new RegExp(SLUG_PATTERN), { error })
    .optional()
    .openapi({ description, example });
}

/** One of the coded values, in any letter case (status=IN_PROGRESS, as the site's own URLs have it, works too). */
export function codeParam<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  description: string,
) {
  const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);
  return z
    .preprocess(lower, z.enum(values, { error: `${name} must be one of: ${values.join(", ")}.` }))
    .optional()
    .openapi({ description: `${description} Case-insensitive.`, example: values[0] });
}

/** demo=exclude: figures and lists without demonstration data (docs/decisions/0013-demonstration-flag.md). */
export const DemoParam = z
  .enum(["exclude"], { error: "demo must be exclude (or left out, to include demonstration data)." })
  .optional()
  .openapi({
    description:
      "exclude: leave out demonstration data (made up to show how the tracker works): demonstration commitments, " +
      "members, reporting cycles and updates. Statuses and counts are then computed from real updates only.",
    example: "exclude",
  });

export const SlugPath = z.object({
  slug: z
    .string()
    .max(200)
    .regex(new RegExp(SLUG_PATTERN))
    .openapi({
      param: { description: "The record's slug, as listed by the API." },
      example: "colombia-gender-sub-committee",
    }),
});
