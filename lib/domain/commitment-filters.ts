import { z } from "zod";
import { COMMITMENT_TYPES, MEMBER_KINDS, PILLARS, REGIONAL_GROUPS } from "./enum-values";
import { STATUS_CATEGORIES } from "./implementation-status";
import { SLUG_PATTERN } from "./slug";

// Filters arrive from the URL, so anything can arrive: a value that is malformed, repeated or unknown is ignored
// (the filter is dropped), never an error page.

/** The first value of a repeated parameter; "" (the "All" option of a plain form) counts as absent. */
const single = (value: unknown): unknown => {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return first === "" ? undefined : first;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(single, schema.optional()).catch(undefined);

const schema = z.object({
  /** Words to look for in the title, description and source excerpt (PostgreSQL full-text search). A NUL, which
   * PostgreSQL rejects in text, makes the query ignored rather than failing the page. */
  q: optional(
    z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^\0]*$/),
  ),
  /** Kind of statement: pledge, recommendation or practice shared. */
  type: optional(z.enum(COMMITMENT_TYPES)),
  theme: optional(z.string().max(120).regex(SLUG_PATTERN)),
  member: optional(z.string().max(120).regex(SLUG_PATTERN)),
  status: optional(z.enum(STATUS_CATEGORIES)),
  pillar: optional(z.enum(PILLARS)),
  /** Kind of the member who pledged (member state, regional organisation, UN entity, civil society). */
  kind: optional(z.enum(MEMBER_KINDS)),
  /** UN regional group of the member (member states only have one). */
  region: optional(z.enum(REGIONAL_GROUPS)),
  /** Slug of the meeting where the commitment was pledged. */
  meeting: optional(z.string().max(120).regex(SLUG_PATTERN)),
  /** Calendar year of the meeting where the commitment was pledged. */
  year: optional(z.coerce.number().int().min(1900).max(2100)),
  /** "exclude": figures without demonstration data (demonstration commitments, members, updates and cycles left out). */
  demo: optional(z.enum(["exclude"])),
  page: optional(z.coerce.number().int().min(1).max(100_000)),
});

export type CommitmentFilters = Omit<z.infer<typeof schema>, "page">;
export type ListQuery = CommitmentFilters & { page: number };

/** Every filter, in the order the dashboard shows them as chips. */
export const FILTER_KEYS = [
  "q",
  "type",
  "theme",
  "pillar",
  "kind",
  "region",
  "meeting",
  "year",
  "status",
  "member",
  "demo",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Known theme and member slugs: a well-formed slug that names nothing is dropped too. Meetings and years are checked
 * the same way when given; without them a well-formed meeting or year is kept (and matches nothing if unknown).
 */
export type KnownSlugs = {
  themes: readonly { slug: string }[];
  members: readonly { slug: string }[];
  meetings?: readonly { slug: string }[];
  years?: readonly number[];
};

export type SearchParams = Record<string, string | string[] | undefined>;

export function parseCommitmentFilters(searchParams: SearchParams, known: KnownSlugs): ListQuery {
  const parsed = schema.parse(searchParams);
  const isKnown = (list: readonly { slug: string }[] | undefined, slug: string | undefined) =>
    slug !== undefined && (list === undefined || list.some((item) => item.slug === slug)) ? slug : undefined;
  const year = parsed.year !== undefined && (known.years?.includes(parsed.year) ?? true) ? parsed.year : undefined;
  return {
    q: parsed.q,
    type: parsed.type,
    theme: isKnown(known.themes, parsed.theme),
    member: isKnown(known.members, parsed.member),
    status: parsed.status,
    pillar: parsed.pillar,
    kind: parsed.kind,
    region: parsed.region,
    meeting: isKnown(known.meetings, parsed.meeting),
    year,
    demo: parsed.demo,
    page: parsed.page ?? 1,
  };
}

/** The filters as URL parameters, without empty ones, for links that keep the current view. */
export function filtersToQuery(filters: CommitmentFilters & { page?: number }): Record<string, string> {
  const entries = Object.entries(filters).filter(
    ([key, value]) => value !== undefined && value !== "" && !(key === "page" && value === 1),
  );
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}

export function hasFilters(filters: CommitmentFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined && filters[key] !== "");
}

/** Only the filters named, in a fixed order (so equal filters make equal cache keys). */
export function pickFilters(filters: CommitmentFilters, keys: readonly FilterKey[] = FILTER_KEYS): CommitmentFilters {
  const picked: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    if (keys.includes(key) && filters[key] !== undefined) picked[key] = filters[key];
  }
  return picked;
}
