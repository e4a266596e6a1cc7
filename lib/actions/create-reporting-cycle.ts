"use server";
// Transport for the "new reporting cycle" form: FormData in, form state out. The rule and the authorization live in
// lib/mutations/create-reporting-cycle.ts.
import { createReportingCycle } from "@/lib/mutations/create-reporting-cycle";
import { CYCLE_FIELDS, type CycleFormValues } from "@/lib/validation/reporting-cycle";
import { redirect } from "next/navigation";
import {
  cyclesPageAfter,
  formText,
  nextSubmission,
  refusedState,
  type ReportingActionState,
} from "./reporting-action-state";
import { authorizedAction } from "./safe-action";

export const createReportingCycleAction = authorizedAction<ReportingActionState>(
  async (actor, formData, previous): Promise<ReportingActionState> => {
    const fields = Object.fromEntries(
      CYCLE_FIELDS.map((field) => [field, formText(formData, field)]),
    ) as CycleFormValues;
    const result = await createReportingCycle(actor, fields);
    const submission = nextSubmission(previous);
    if (result.ok) redirect(cyclesPageAfter("created", result.cycle.slug));
    if (result.error === "overlap") {
      return { status: "error", submission, fields, message: "overlap", messageValues: { other: result.other.name } };
    }
    return { status: "invalid", submission, fields, fieldErrors: result.fieldErrors };
  },
  refusedState,
);
