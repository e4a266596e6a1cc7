"use server";
// Transport for the "Follow by email" form of commitment, member and theme pages. Anyone may ask (no session); the
// email goes out after the response (next/server after()), so its timing does not tell whether one was sent.
import { headers } from "next/headers";
import { after } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requestFollow } from "@/lib/mutations/request-follow";
import { formText, formValues, nextSubmission } from "@/lib/forms/form-data";
import type { FollowFormState } from "./form-states";

export async function requestFollowAction(previous: FollowFormState, formData: FormData): Promise<FollowFormState> {
  const submission = nextSubmission(previous);
  const values = formValues(formData, ["email", "frequency"] as const);
  const result = await requestFollow(
    {
      email: formText(formData, "email"),
      target: formText(formData, "target"),
      slug: formText(formData, "slug"),
      frequency: formText(formData, "frequency"),
      locale: formText(formData, "locale"),
    },
    {
      ip: clientIp(await headers()),
      deliver: (send) => {
        after(async () => {
          await send();
        });
      },
    },
  );
  if (result.ok) return { status: "sent", submission, email: result.email };
  switch (result.error) {
    case "invalid":
      return { status: "invalid", submission, values, fieldErrors: result.fieldErrors };
    case "limited":
      return { status: "limited", submission, values, limit: result.limit };
    case "not_found":
      return { status: "not_found", submission, values };
  }
}
