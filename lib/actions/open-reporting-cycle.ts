"use server";
// Transport for the "open this cycle" button. The rule and the authorization live in
// lib/mutations/open-reporting-cycle.ts.
import { openReportingCycle } from "@/lib/mutations/open-reporting-cycle";
import { redirect } from "next/navigation";
import {
  cyclesPageAfter,
  formText,
  nextSubmission,
  refusedState,
  type ReportingActionState,
} from "./reporting-action-state";
import { authorizedAction } from "./safe-action";

export const openReportingCycleAction = authorizedAction<ReportingActionState>(
  async (actor, formData, previous): Promise<ReportingActionState> => {
    const result = await openReportingCycle(actor, { cycleId: formText(formData, "cycleId") });
    const submission = nextSubmission(previous);
    if (result.ok) redirect(cyclesPageAfter("opened", result.cycle.slug));
    if (result.error === "another_open") {
      return { status: "error", submission, message: "anotherOpen", messageValues: { other: result.other.name } };
    }
    return { status: "error", submission, message: result.error === "not_found" ? "notFound" : "notPlanned" };
  },
  refusedState,
);
