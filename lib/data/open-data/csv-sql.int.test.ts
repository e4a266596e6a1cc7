// The bulk CSV files written by COPY (decision 0007): the SQL twins of schedule and freshness agree with the
// TypeScript rules (lib/domain/schedule.ts, freshness.ts) on any input and on the seeded data; commitments.csv and
// updates.csv are byte for byte the files the TypeScript writer makes from the same rows; and the file streams from
// the database, which waits for a slow client instead of the server holding the file.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/data/[file]/route";
import { db } from "@/lib/db";
import { dayNumber } from "@/lib/domain/calendar-day";
import { computeFreshness, pickCurrentCycle, type CurrentCycles, type CycleDates } from "@/lib/domain/freshness";
import { REPORTED_STATUSES, type ReportedStatus } from "@/lib/domain/implementation-status";
import { isoDay } from "@/lib/domain/iso-day";
import { computeSchedule } from "@/lib/domain/schedule";
import { csvCell } from "@/lib/open-data/cells";
import { OPEN_DATA_TABLES } from "@/lib/open-data/columns";
import { findDownload } from "@/lib/open-data/downloads";
import { publicUrls } from "@/lib/open-data/urls";
import { withOwnDatabase } from "@/lib/testing/own-database";
import { seedScale } from "@/prisma/seed/scale";
import { createCommitment, createMeeting, createMember, createPublishedUpdate } from "@/prisma/seed/factories";
import { commitmentsCsvSql } from "./commitments-csv-sql";
import { openDataCsvRecords } from "./open-data-csv-records";
import { openDataSource } from "./open-data-source";

const APP_URL = "http://localhost:3000";
const urls = publicUrls(APP_URL);
const MS_PER_DAY = 86_400_000;
const TODAY = dayNumber(new Date());
const day = (n: number) => new Date(n * MS_PER_DAY);
const iso = (n: number | null) => (n === null ? null : isoDay(day(n)));

describe("csv_text, the SQL twin of a CSV text cell", () => {
  it("neutralises what neutraliseFormula neutralises, and writes empty text as no value", async () => {
    const text = fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "'", "a", "é", " ") });
    await fc.assert(
      fc.asyncProperty(fc.array(text, { maxLength: 100 }), async (values) => {
        const rows = await db.$queryRaw<{ cell: string | null }[]>`
          SELECT csv_text(t.value) AS cell FROM unnest(${values}::text[]) WITH ORDINALITY AS t(value, n) ORDER BY t.n`;
        expect(rows.map((row) => row.cell ?? "")).toEqual(values.map((value) => csvCell("string", value)));
        expect(rows.filter((row) => row.cell === "")).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe("the SQL twins of the schedule and freshness rules", () => {
  const status = fc.constantFrom<ReportedStatus | null>(null, ...REPORTED_STATUSES);

  it("give computeSchedule's state for any input", async () => {
    // Days near the boundaries: a target today, within 90 days, half the time elapsed, a window of zero days.
    const scheduleCase = fc.record({
      today: fc.integer({ min: TODAY - 5, max: TODAY + 5 }),
      pledged: fc.integer({ min: TODAY - 400, max: TODAY + 10 }),
      target: fc.option(fc.integer({ min: TODAY - 5, max: TODAY + 400 })),
      status,
      percent: fc.option(fc.integer({ min: 0, max: 100 })),
      missed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(scheduleCase, { minLength: 1, maxLength: 200 }), async (cases) => {
        const rows = await db.$queryRaw<{ state: string }[]>`
          SELECT commitment_schedule(t.today, t.pledged, t.target, t.status, t.percent, t.missed) AS state
          FROM unnest(${cases.map((c) => iso(c.today))}::date[], ${cases.map((c) => iso(c.pledged))}::date[],
                      ${cases.map((c) => iso(c.target))}::date[], ${cases.map((c) => c.status)}::"ImplementationStatus"[],
                      ${cases.map((c) => c.percent)}::int[], ${cases.map((c) => c.missed)}::boolean[])
            WITH ORDINALITY AS t(today, pledged, target, status, percent, missed, n)
          ORDER BY t.n`;
        const expected = cases.map(
          (c) =>
            computeSchedule({
              today: day(c.today),
              pledgedOn: day(c.pledged),
              targetDate: c.target === null ? null : day(c.target),
              status: c.status,
              percent: c.percent,
              milestones: [{ dueDate: day(c.today - 1), reachedOn: c.missed ? null : day(c.today - 2) }],
            }).state,
        );
        expect(rows.map((row) => row.state)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("give computeFreshness's state for any input, comparing UTC calendar days", async () => {
    const freshnessCase = fc.record({
      today: fc.integer({ min: TODAY - 3, max: TODAY + 3 }),
      pledged: fc.integer({ min: TODAY - 500, max: TODAY + 3 }),
      // A moment of the day, so that "the day it was published" is the UTC calendar day.
      published: fc.option(fc.integer({ min: (TODAY - 500) * MS_PER_DAY, max: (TODAY + 3) * MS_PER_DAY })),
      current: fc.option(
        fc.record({
          startsOn: fc.integer({ min: TODAY - 200, max: TODAY }),
          dueIn: fc.integer({ min: 0, max: 120 }),
          previous: fc.option(fc.record({ before: fc.integer({ min: 1, max: 200 }), length: fc.nat(200) })),
        }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(freshnessCase, { minLength: 1, maxLength: 200 }), async (cases) => {
        const cycles = cases.map((c): CurrentCycles<CycleDates> | null => {
          if (!c.current) return null;
          const { startsOn, dueIn, previous } = c.current;
          const current = { startsOn: day(startsOn), endsOn: day(startsOn + 180), dueOn: day(startsOn + dueIn) };
          if (!previous) return { current, previous: null };
          const previousStart = startsOn - previous.before - previous.length;
          const dates = { startsOn: day(previousStart), endsOn: day(startsOn - previous.before), dueOn: day(startsOn) };
          return { current, previous: dates };
        });
        const column = (pick: (cycle: CurrentCycles<CycleDates>) => Date | undefined) =>
          cycles.map((cycle) => (cycle && pick(cycle) ? isoDay(pick(cycle)!) : null));
        const rows = await db.$queryRaw<{ state: string | null }[]>`
          SELECT commitment_freshness(t.today, t.pledged, (t.published AT TIME ZONE 'UTC')::date,
                                      t.current_starts_on, t.current_due_on, t.previous_starts_on, t.previous_ends_on)
                   AS state
          FROM unnest(${cases.map((c) => iso(c.today))}::date[], ${cases.map((c) => iso(c.pledged))}::date[],
                      ${cases.map((c) => (c.published === null ? null : new Date(c.published).toISOString()))}::timestamptz[],
                      ${column((cycle) => cycle.current.startsOn)}::date[], ${column((cycle) => cycle.current.dueOn)}::date[],
                      ${column((cycle) => cycle.previous?.startsOn)}::date[],
                      ${column((cycle) => cycle.previous?.endsOn)}::date[])
            WITH ORDINALITY AS t(today, pledged, published, current_starts_on, current_due_on, previous_starts_on,
                                 previous_ends_on, n)
          ORDER BY t.n`;
        const expected = cases.map((c, index) =>
          computeFreshness({
            today: day(c.today),
            pledgedOn: day(c.pledged),
            lastPublishedAt: c.published === null ? null : new Date(c.published),
            cycles: cycles[index]!,
          }),
        );
        expect(rows.map((row) => row.state)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("give the seeded commitments the schedule and freshness the TypeScript rules give them, on any day", async () => {
    await withOwnDatabase(async ({ client, prisma }) => {
      const seeded = prisma();
      await seedScale(seeded, 1);
      const commitments = await seeded.commitment.findMany({
        where: { approval: "APPROVED" },
        select: {
          slug: true,
          targetDate: true,
          currentStatus: true,
          currentPercent: true,
          lastPublishedAt: true,
          meeting: { select: { startDate: true } },
          milestones: { select: { dueDate: true, reachedOn: true } },
        },
      });
      expect(commitments.length).toBeGreaterThan(200);
      const allCycles = await seeded.reportingCycle.findMany();
      const names = OPEN_DATA_TABLES.commitments.columns.map((column) => column.name);
      const [slugAt, scheduleAt, freshnessAt] = ["commitment_slug", "schedule", "reporting_freshness"].map((name) =>
        names.indexOf(name),
      );
      // Before the first cycle, inside each, and long after every target date.
      for (const offset of [-3000, -400, -10, 0, 45, 200, 800, 5000]) {
        const today = day(TODAY + offset);
        const cycles = pickCurrentCycle(allCycles, today);
        const { rows } = await client.query<string[]>({
          text: commitmentsCsvSql({ urls, today: isoDay(today), cycles }),
          rowMode: "array",
        });
        const fromSql = new Map(rows.map((row) => [row[slugAt!], [row[scheduleAt!], row[freshnessAt!]]]));
        for (const c of commitments) {
          const pledgedOn = c.meeting.startDate;
          const schedule = computeSchedule({
            today,
            pledgedOn,
            targetDate: c.targetDate,
            status: c.currentStatus,
            percent: c.currentPercent,
            milestones: c.milestones,
          }).state.toLowerCase();
          const freshness =
            computeFreshness({ today, pledgedOn, lastPublishedAt: c.lastPublishedAt, cycles })?.toLowerCase() ?? null;
          expect(fromSql.get(c.slug), `${c.slug} on ${isoDay(today)}`).toEqual([schedule, freshness]);
        }
      }
    });
  }, 120_000);
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
}

/** A file as the route writes it (COPY for the big tables), and as the TypeScript writer writes it from the rows. */
async function bothWays(file: string) {
  const download = findDownload(file)!;
  const context = { urls, generatedAt: new Date(), onError: () => {} };
  const [copied, written] = await Promise.all([
    text(download.body(openDataSource, { ...context, csvRecords: openDataCsvRecords })),
    text(download.body(openDataSource, context)),
  ]);
  return { copied, written };
}

describe("commitments.csv and updates.csv from COPY", () => {
  const tricky = ["=1+1", "+44 20", "-3 lives", "@sum", "\tx", "\rx", 'say "hi", twice', "two\nlines", "crlf\r\nend"];

  beforeAll(async () => {
    const member = await createMember(db, { name: "=Member, with a comma" });
    const partner = await createMember(db, { name: "@Partner" });
    const theme = await db.theme.create({
      data: { slug: `theme-copy-${TODAY}-${Math.random().toString(36).slice(2)}`, name: "-Theme", sortOrder: 900 },
    });
    const recent = await createMeeting(db, { startDate: day(TODAY - 100) });
    const adopted = await createCommitment(db, member.id, { kind: "RECOMMENDATION", title: "Adopt me" });
    for (const [index, title] of tricky.entries()) {
      const commitment = await createCommitment(db, member.id, {
        title,
        description: title,
        sourceExcerpt: index % 2 ? "" : title,
        editorialNote: index % 3 ? null : `note\n${title}`,
        discontinuedReason: index === 4 ? "=stopped" : null,
        ...(index % 2 ? { meetingId: recent.id } : {}),
        targetDate: [null, day(TODAY), day(TODAY + 90), day(TODAY + 91), day(TODAY - 1), day(TODAY + 400)][index % 6],
        indicatorBaseline: ["0.01", "-12.5", null, "123456789012.34", "100", "0"][index % 6],
        indicatorTarget: index % 2 ? "400" : null,
        pillars: index % 3 ? ["PROTECTION", "PREVENTION"] : [],
        themeIds: index % 2 ? [theme.id] : [],
        coMemberIds: index % 3 === 1 ? [partner.id] : [],
        adoptedFromId: index === 2 ? adopted.id : null,
      });
      await db.milestone.create({
        data: {
          commitmentId: commitment.id,
          title: `=Milestone ${index}`,
          dueDate: day(TODAY - (index % 3)),
          reachedOn: index % 2 ? day(TODAY - 5) : null,
        },
      });
      if (index % 4 === 3) continue;
      const update = await createPublishedUpdate(db, commitment.id, {
        status: REPORTED_STATUSES[index % REPORTED_STATUSES.length],
        percentComplete: index % 2 ? null : index * 10,
        narrative: title,
        publishedAt: new Date((TODAY - index) * MS_PER_DAY + 1234567),
        isDemo: index === 5,
      });
      await db.evidenceLink.createMany({
        data: [
          { updateId: update.id, url: `https://example.org/${index}/a`, label: index % 2 ? null : ` ${title} \n\n x ` },
          { updateId: update.id, url: `https://example.org/${index}/b`, label: index % 3 ? "" : "B" },
        ],
      });
      // Redacted after publication (decision 0023): the narrative emptied, a link removed, or both.
      if (index % 3 === 1)
        await db.redactedEvidenceLink.create({ data: { updateId: update.id, redactedAt: day(TODAY) } });
      if (index % 4 === 1)
        await db.progressUpdate.update({
          where: { id: update.id },
          data: { narrative: "", narrativeRedactedAt: new Date((TODAY - 1) * MS_PER_DAY + 7) },
        });
      await db.updateBarrier.createMany({
        data: [
          { updateId: update.id, kind: "FUNDING", detail: index % 2 ? "" : title },
          { updateId: update.id, kind: "SECURITY", detail: null },
        ],
      });
    }
    // Renamed after it was given (its name is kept on each commitment's row by a trigger).
    await db.theme.update({ where: { id: theme.id }, data: { name: "-Theme, renamed" } });
  });

  it.each(["commitments.csv", "updates.csv"])(
    "%s holds exactly the bytes the rows would be written as",
    async (file) => {
      const { copied, written } = await bothWays(file);
      // Every tricky title is a commitment's, and the narrative of its update (unless it has none, or it was redacted).
      const shown =
        file === "commitments.csv" ? tricky : tricky.filter((_title, index) => index % 4 !== 3 && index % 4 !== 1);
      for (const title of shown) expect(written).toContain(title.replace(/^[=+\-@\t\r]/, "'$&").replaceAll('"', '""'));
      expect(copied).toBe(written);
    },
  );
});

describe("a download streamed from the database", () => {
  const BIG_ROWS = 40;
  const ids: string[] = [];

  beforeAll(async () => {
    // 40 MB of records: more than the sockets between PostgreSQL and the server can hold.
    const member = await createMember(db);
    for (let index = 0; index < BIG_ROWS; index++)
      ids.push((await createCommitment(db, member.id, { description: `${index} `.repeat(500_000) })).id);
  });

  afterAll(async () => {
    await db.commitment.deleteMany({ where: { id: { in: ids } } });
  });

  const copiesRunning = async () =>
    (
      await db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND state = 'active'`
    )[0]!.count;

  it("sends its first records while PostgreSQL is still writing the rest, and stops it when the client leaves", async () => {
    const response = await GET(new Request(`${APP_URL}/data/commitments.csv`), {
      params: Promise.resolve({ file: "commitments.csv" }),
    });
    const reader = response.body!.getReader();
    const header = await reader.read();
    expect(Buffer.from(header.value!).toString()).toMatch(/^commitment_slug,commitment_title,/);
    expect((await reader.read()).value!.length).toBeGreaterThan(0);
    // The client reads no further: the query waits for it, rather than the server holding the file.
    expect(await copiesRunning()).toBe(1);
    await reader.cancel();
    await expect.poll(copiesRunning, { timeout: 10_000 }).toBe(0);

    const complete = await (
      await GET(new Request(`${APP_URL}/data/commitments.csv`), {
        params: Promise.resolve({ file: "commitments.csv" }),
      })
    ).text();
    expect(complete.length).toBeGreaterThan(BIG_ROWS * 1_000_000);
  });
});
