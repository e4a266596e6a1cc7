"use server";
// Transport for the review decision form (components/secretariat/review/review-decision-form.tsx): one form, two
// buttons. The rules and the authorization live in lib/mutations/publish-update.ts and return-update.ts.
import { publishUpdate } from "@/lib/mutations/publish-update";
import { returnUpdate } from "@/lib/mutations/return-update";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const reviewUpdateAction = consoleAction(["comment", "evidenceVerified"], async (actor, formData, values) => {
  const input = { ...values, updateId: formText(formData, "updateId"), version: formText(formData, "version") };
  const returning = formText(formData, "decision") === "return";
  const result = returning ? await returnUpdate(actor, input) : await publishUpdate(actor, input);
  if (result.ok)
    return redirectWithDone(
      "/secretariat/review",
      returning ? "returned" : "published",
      formText(formData, "returnQuery"),
    );
  return result;
});
