import { publicApiRoute } from "@/lib/api/public-api-route";
import { listBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { slicePage } from "@/lib/api/pagination";
import { presentMeeting } from "@/lib/api/present";
import { listMeetingRecords } from "@/lib/data/open-data/meetings";

export const GET = publicApiRoute(API_OPERATIONS.listMeetings, async ({ query, self, urls }) => {
  const meetings = await listMeetingRecords();
  return listBody(
    slicePage(meetings, query).map((meeting) => presentMeeting(meeting, urls)),
    meetings.length,
    query,
    self,
  );
});

export const OPTIONS = preflight;
