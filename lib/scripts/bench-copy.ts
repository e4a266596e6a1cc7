// The database's own speed for the bulk CSV, for `npm run bench`: what `psql \copy` does, through the app's driver
// (pg, with pg-copy-streams): `COPY (SELECT …) TO STDOUT WITH CSV` of the rows commitments.csv holds (every approved
// commitment joined to its member and meeting), read to the end. The CSV route must stay within a few times this.
import { pipeline } from "node:stream/promises";
import { Writable } from "node:stream";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

const COMMITMENT_ROWS = `
  SELECT c.slug, c.title, m.name, m.kind, m.iso_code, mt.title, mt.start_date, c.target_date, c.approval,
    c.current_status, c.current_percent, c.last_published_at, c.is_demo, m.slug, mt.slug, c.description,
    c.source_excerpt, c.indicator_name, c.indicator_baseline, c.indicator_target, c.indicator_unit,
    c.discontinued_reason, c.kind, c.addressed_to, c.addressee_detail, c.editorial_note
  FROM commitments c JOIN members m ON m.id = c.member_id JOIN meetings mt ON mt.id = c.meeting_id
  WHERE c.approval = 'APPROVED'`;

export async function copyCommitments(url: string): Promise<{ ms: number; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    let bytes = 0;
    await pipeline(
      client.query(copyTo(`COPY (${COMMITMENT_ROWS}) TO STDOUT WITH (FORMAT csv, HEADER)`)),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      }),
    );
    return { ms: performance.now() - started, bytes };
  } finally {
    await client.end();
  }
}
