"use server";
// Transport for the "close this cycle" button. The rule, the snapshot and the authorization live in
// lib/mutations/close-reporting-cycle.ts.
import { closeReportingCycle } from "@/lib/mutations/close-reporting-cycle";
import { redirect } from "next/navigation";
import {
  cyclesPageAfter,
  formText,
  nextSubmission,
  refusedState,
  type ReportingActionState,
} from "./reporting-action-state";
import { authorizedAction } from "./safe-action";

export const closeReportingCycleAction = authorizedAction<ReportingActionState>(
  async (actor, formData, previous): Promise<ReportingActionState> => {
    const result = await closeReportingCycle(actor, { cycleId: formText(formData, "cycleId") });
    const submission = nextSubmission(previous);
    if (result.ok) redirect(cyclesPageAfter("closed", result.cycle.slug));
    return { status: "error", submission, message: result.error === "not_found" ? "notFound" : "notOpen" };
  },
  refusedState,
);
