import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "@/lib/data/public/cache";

/**
 * A fingerprint of everything the downloads contain, cheap to compute (aggregates, no rows leave the database):
 * the ETag of the bulk files, so a client or cache that already holds the current file gets a 304 without the file
 * being generated again. Large tables contribute their row count and latest change; small ones their whole content.
 * Schedule and freshness depend on the day, so the day is part of it too (added by the caller). Kept in the data
 * cache like every public read (decision 0004): it changes only with public data, and reading it (about 60 ms at
 * 50,000 commitments, a count over every table) came before every byte of every download.
 */
export const getOpenDataVersion = cachedPublicRead("open-data-version", readOpenDataVersion);

async function readOpenDataVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM commitments),
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM progress_updates),
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM members),
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM assessments),
      (SELECT count(*) || ':' || coalesce(max(published_at)::text, '') FROM assessment_responses),
      (SELECT count(*) FROM commitment_themes),
      (SELECT count(*) || ':' || coalesce(max(reached_on)::text, '') FROM milestones),
      (SELECT md5(coalesce(string_agg(t::text, ';' ORDER BY t.id), '')) FROM themes t),
      (SELECT md5(coalesce(string_agg(m::text, ';' ORDER BY m.id), '')) FROM meetings m),
      (SELECT md5(coalesce(string_agg(o::text, ';' ORDER BY o.meeting_id, o.member_id), '')) FROM meeting_organisers o),
      (SELECT md5(coalesce(string_agg(concat_ws(',', r.id, r.starts_on, r.ends_on, r.due_on), ';' ORDER BY r.id), ''))
         FROM reporting_cycles r)
    )) AS version`;
  return row?.version ?? "empty";
}
