"use server";
// Transport for the "new reporting cycle" form: FormData in, form state out. The rule and the authorization live in
// lib/mutations/create-reporting-cycle.ts.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { formValues, nextSubmission } from "@/lib/forms/form-data";
import { createReportingCycle } from "@/lib/mutations/create-reporting-cycle";
import { CYCLE_FIELDS } from "@/lib/validation/reporting-cycle";
import { cyclesPageAfter } from "./cycle-changes";
import type { ReportingFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const createReportingCycleAction = authorizedAction<ReportingFormState>(
  async (actor, formData, previous) => {
    const values = formValues(formData, CYCLE_FIELDS);
    const result = await createReportingCycle(actor, values);
    const submission = nextSubmission(previous);
    if (result.ok) return redirectInLocale(cyclesPageAfter("created", result.cycle.slug));
    if (result.error === "overlap") {
      return { status: "error", submission, values, message: "overlap", messageValues: { other: result.other.name } };
    }
    return { status: "invalid", submission, values, fieldErrors: result.fieldErrors };
  },
  (formData) => ({ values: formValues(formData, CYCLE_FIELDS) }),
);
