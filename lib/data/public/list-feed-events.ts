import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums";
import type { FeedScope } from "@/lib/domain/feed-scope";
import type { Locale } from "@/lib/i18n/locales";
import { localize, translationIn } from "@/lib/i18n/localized-text";
import { cachedPublicRead } from "./cache";
import { commitmentFilterSql } from "./commitment-filter-sql";
import { PUBLISHED_ASSESSMENT_SQL, PUBLISHED_ASSESSMENT_WHERE } from "./published-assessments";

// What the public can follow, as one list of events: the Atom feeds (app/**/feed.xml) and the email digests
// (lib/follows/send-due-digests.ts) both read it, so a follower is told exactly what a feed reader sees. Each kind is
// one SQL query on a `commitments c` alias narrowed by the scope, returning the same six columns; adding a kind of
// event is one entry in EVENT_KINDS and its words in the catalogue (public.feed.entry).

const EVENT_KINDS = {
  /** An approved commitment enters the record (dated by its creation: the record has no approval date). */
  commitment: (scope: Prisma.Sql) => Prisma.sql`
    SELECT 'commitment' AS kind, c.id AS source_id, c.created_at AS at, c.id AS commitment_id,
           NULL::"ImplementationStatus" AS status, NULL::"ImplementationStatus" AS previous_status
    FROM commitments c WHERE ${scope}`,
  /** A progress update is published. */
  update: (scope: Prisma.Sql) => Prisma.sql`
    SELECT 'update', u.id, u.published_at, c.id, u.status, NULL::"ImplementationStatus"
    FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
    WHERE u.review_state = 'PUBLISHED' AND ${scope}`,
  /** A published update gives the commitment another status than the one before it (or its first). */
  status: (scope: Prisma.Sql) => Prisma.sql`
    SELECT 'status', s.id, s.published_at, s.commitment_id, s.status, s.previous_status FROM (
      SELECT u.id, u.published_at, u.commitment_id, u.status,
             lag(u.status) OVER (PARTITION BY u.commitment_id ORDER BY u.published_at, u.id) AS previous_status
      FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
      WHERE u.review_state = 'PUBLISHED' AND ${scope}) s
    WHERE s.previous_status IS DISTINCT FROM s.status`,
  /** An independent assessment is published (decision 0022): read through the one public rule for assessments. */
  assessment: (scope: Prisma.Sql) => Prisma.sql`
    SELECT 'assessment', a.id, a.published_at, c.id, a.status, NULL::"ImplementationStatus"
    FROM assessments a JOIN commitments c ON c.id = a.commitment_id
    WHERE ${PUBLISHED_ASSESSMENT_SQL} AND ${scope}`,
} satisfies Record<string, (scope: Prisma.Sql) => Prisma.Sql>;

type FeedEventKind = keyof typeof EVENT_KINDS;

type EventRow = {
  kind: FeedEventKind;
  source_id: string;
  at: Date;
  commitment_id: string;
  status: ImplementationStatus | null;
  previous_status: ImplementationStatus | null;
};

export type FeedEvent = Awaited<ReturnType<typeof readFeedEvents>>[number];

/** Longest narrative carried by one event; the commitment page has the whole text. */
const NARRATIVE_LENGTH = 1000;

function scopeSql(scope: FeedScope): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return commitmentFilterSql({});
    case "member":
      return commitmentFilterSql({ member: scope.slug });
    case "theme":
      return commitmentFilterSql({ theme: scope.slug });
    case "commitment":
      return Prisma.sql`${commitmentFilterSql({})} AND c.slug = ${scope.slug}`;
  }
}

/**
 * The events of `scope`, newest first, in `locale` where the record has a translation: those published after
 * `since` and up to `until` (a digest's window), or the latest `limit` (a feed).
 */
export async function readFeedEvents(
  scope: FeedScope,
  locale: Locale,
  { since, until, limit = 50 }: { since?: Date | null; until?: Date; limit?: number } = {},
) {
  const where = scopeSql(scope);
  const union = Prisma.join(
    Object.values(EVENT_KINDS).map((kind) => kind(where)),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT * FROM (${union}) e
    WHERE (${since ?? null}::timestamptz IS NULL OR e.at > ${since ?? null}::timestamptz)
      AND (${until ?? null}::timestamptz IS NULL OR e.at <= ${until ?? null}::timestamptz)
    ORDER BY e.at DESC, e.kind, e.source_id
    LIMIT ${Math.min(Math.max(1, Math.trunc(limit)), 500)}`;
  if (rows.length === 0) return [];
  const idsOf = (kind: FeedEventKind) => rows.filter((row) => row.kind === kind).map((row) => row.source_id);
  const [commitments, updates, assessments] = await Promise.all([
    db.commitment.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.commitment_id))] } },
      select: {
        id: true,
        slug: true,
        title: true,
        description: true,
        sourceLocale: true,
        translations: translationIn(locale, { title: true, description: true }),
        member: { select: { name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) } },
      },
    }),
    db.progressUpdate.findMany({
      where: { id: { in: idsOf("update") } },
      select: { id: true, narrative: true, narrativeRedactedAt: true, language: true, percentComplete: true },
    }),
    db.assessment.findMany({
      where: { id: { in: idsOf("assessment") }, ...PUBLISHED_ASSESSMENT_WHERE },
      select: {
        id: true,
        narrative: true,
        narrativeRedactedAt: true,
        language: true,
        organisation: {
          select: { name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) },
        },
      },
    }),
  ]);
  const commitmentById = new Map(
    commitments.map(({ member, ...commitment }) => [
      commitment.id,
      { ...localize(locale, commitment), member: localize(locale, member) },
    ]),
  );
  const updateById = new Map(updates.map((update) => [update.id, update]));
  const assessmentById = new Map(
    assessments.map(({ organisation, ...assessment }) => [
      assessment.id,
      { ...assessment, narrative: excerpt(assessment.narrative), organisation: localize(locale, organisation) },
    ]),
  );
  return rows.flatMap((row) => {
    const commitment = commitmentById.get(row.commitment_id);
    if (!commitment) return [];
    const update = row.kind === "update" ? updateById.get(row.source_id) : undefined;
    const assessment = row.kind === "assessment" ? assessmentById.get(row.source_id) : undefined;
    if (row.kind === "assessment" && !assessment) return [];
    return [
      {
        kind: row.kind,
        id: row.source_id,
        at: row.at,
        status: row.status,
        previousStatus: row.previous_status,
        commitment,
        update: update ? { ...update, narrative: excerpt(update.narrative) } : null,
        assessment: assessment ?? null,
      },
    ];
  });
}

/** A feed's entries: the latest events of the scope, served from the public data cache (decision 0004). */
export const listFeedEvents = cachedPublicRead("feed-events", (scope: FeedScope, locale: Locale) =>
  readFeedEvents(scope, locale),
);

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= NARRATIVE_LENGTH ? trimmed : `${trimmed.slice(0, NARRATIVE_LENGTH - 1).trimEnd()}…`;
}
