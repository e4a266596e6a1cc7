"use server";
// Transport for the "change the due date" form. The rule and the authorization live in
// lib/mutations/update-reporting-cycle.ts.
import { updateReportingCycleDueDate } from "@/lib/mutations/update-reporting-cycle";
import { redirect } from "next/navigation";
import {
  cyclesPageAfter,
  formText,
  nextSubmission,
  refusedState,
  type ReportingActionState,
} from "./reporting-action-state";
import { authorizedAction } from "./safe-action";

export const updateReportingCycleAction = authorizedAction<ReportingActionState>(
  async (actor, formData, previous): Promise<ReportingActionState> => {
    const dueOn = formText(formData, "dueOn");
    const result = await updateReportingCycleDueDate(actor, { cycleId: formText(formData, "cycleId"), dueOn });
    const submission = nextSubmission(previous);
    if (result.ok) redirect(cyclesPageAfter("dueDateChanged", result.cycle.slug));
    if (result.error === "invalid")
      return { status: "invalid", submission, fields: { dueOn }, fieldErrors: result.fieldErrors };
    return { status: "error", submission, message: result.error === "closed" ? "closedCannotChange" : "notFound" };
  },
  refusedState,
);
