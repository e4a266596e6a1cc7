import "server-only";
import { db } from "@/lib/db";

/** The Network's themes, in their order, for the details forms' checkboxes. Public data: no actor needed. */
export function listThemeOptions() {
  return db.theme.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

/** Meetings, newest first, for the proposal form: a commitment is pledged at a meeting. */
export function listMeetingOptions() {
  return db.meeting.findMany({
    orderBy: [{ startDate: "desc" }, { title: "asc" }],
    select: { id: true, title: true, startDate: true, isDemo: true },
  });
}
