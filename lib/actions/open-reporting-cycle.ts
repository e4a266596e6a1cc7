"use server";
// Transport for the "open this cycle" button. The rule and the authorization live in
// lib/mutations/open-reporting-cycle.ts.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import { openReportingCycle } from "@/lib/mutations/open-reporting-cycle";
import { cyclesPageAfter } from "./cycle-changes";
import type { ReportingFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const openReportingCycleAction = authorizedAction<ReportingFormState>(async (actor, formData, previous) => {
  const result = await openReportingCycle(actor, { cycleId: formText(formData, "cycleId") });
  const submission = nextSubmission(previous);
  if (result.ok) return redirectInLocale(cyclesPageAfter("opened", result.cycle.slug));
  if (result.error === "another_open") {
    return { status: "error", submission, message: "anotherOpen", messageValues: { other: result.other.name } };
  }
  return { status: "error", submission, message: result.error === "not_found" ? "notFound" : "notPlanned" };
});
