"use server";
// The buttons of the pages that the links in follow emails open: confirming a follow, and unsubscribing. A link
// only shows the page; the change is this POST, so a mail scanner that opens every link changes nothing.
import { confirmFollow } from "@/lib/mutations/confirm-follow";
import { unsubscribeFollow } from "@/lib/mutations/unsubscribe-follow";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { FollowLinkFormState } from "./form-states";

export async function confirmFollowAction(
  previous: FollowLinkFormState,
  formData: FormData,
): Promise<FollowLinkFormState> {
  const result = await confirmFollow(formText(formData, "token"));
  return { status: result.ok ? "done" : "invalid_link", submission: nextSubmission(previous) };
}

export async function unsubscribeAction(
  previous: FollowLinkFormState,
  formData: FormData,
): Promise<FollowLinkFormState> {
  const result = await unsubscribeFollow(formText(formData, "token"));
  return { status: result.ok ? "done" : "invalid_link", submission: nextSubmission(previous) };
}
