"use server";
// Transport for the "close this cycle" button. The rule, the snapshot and the authorization live in
// lib/mutations/close-reporting-cycle.ts.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import { closeReportingCycle } from "@/lib/mutations/close-reporting-cycle";
import { cyclesPageAfter } from "./cycle-changes";
import type { ReportingFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const closeReportingCycleAction = authorizedAction<ReportingFormState>(async (actor, formData, previous) => {
  const result = await closeReportingCycle(actor, { cycleId: formText(formData, "cycleId") });
  const submission = nextSubmission(previous);
  if (result.ok) return redirectInLocale(cyclesPageAfter("closed", result.cycle.slug));
  return { status: "error", submission, message: result.error === "not_found" ? "notFound" : "notOpen" };
});
