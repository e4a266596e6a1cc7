"use server";
// Transport for the "change the due date" form. The rule and the authorization live in
// lib/mutations/update-reporting-cycle.ts.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import { updateReportingCycleDueDate } from "@/lib/mutations/update-reporting-cycle";
import { cyclesPageAfter } from "./cycle-changes";
import type { ReportingFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const updateReportingCycleAction = authorizedAction<ReportingFormState>(
  async (actor, formData, previous) => {
    const dueOn = formText(formData, "dueOn");
    const result = await updateReportingCycleDueDate(actor, { cycleId: formText(formData, "cycleId"), dueOn });
    const submission = nextSubmission(previous);
    if (result.ok) return redirectInLocale(cyclesPageAfter("dueDateChanged", result.cycle.slug));
    if (result.error === "invalid")
      return { status: "invalid", submission, values: { dueOn }, fieldErrors: result.fieldErrors };
    return { status: "error", submission, message: result.error === "closed" ? "closedCannotChange" : "notFound" };
  },
  (formData) => ({ values: { dueOn: formText(formData, "dueOn") } }),
);
