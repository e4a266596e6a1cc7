import { apiRoute, listBody } from "@/lib/api/handler";
import { preflight } from "@/lib/api/http";
import { slicePage } from "@/lib/api/pagination";
import { presentMeeting } from "@/lib/api/present";
import { MeetingList } from "@/lib/api/schemas/meetings";
import { PaginationQuery } from "@/lib/api/schemas/params";
import { listMeetingRecords } from "@/lib/data/open-data/meetings";

export const GET = apiRoute({
  query: PaginationQuery,
  response: MeetingList,
  handle: async ({ query, self, urls }) => {
    const meetings = await listMeetingRecords();
    return listBody(slicePage(meetings, query).map((meeting) => presentMeeting(meeting, urls)), meetings.length, query, self);
  },
});

export const OPTIONS = preflight;
