import "server-only";
import { db } from "@/lib/db";
import type { MeetingRecord } from "@/lib/open-data/records";
import { meetingSelect } from "./selects";
import { meetingCommitmentCounts } from "./status-tallies";

/** Every meeting, oldest first, with the number of approved commitments made there. */
export async function listMeetingRecords(): Promise<MeetingRecord[]> {
  const [rows, count] = await Promise.all([
    db.meeting.findMany({ orderBy: [{ startDate: "asc" }, { slug: "asc" }], select: meetingSelect }),
    meetingCommitmentCounts(),
  ]);
  return rows.map((row) => ({ ...row, commitmentCount: count(row.slug) }));
}

export async function* iterateMeetingRecords(): AsyncGenerator<MeetingRecord[]> {
  yield await listMeetingRecords();
}
