"use server";
// Transport for the meeting form (components/secretariat/register/meeting-form.tsx).
import { saveMeeting } from "@/lib/mutations/save-meeting";
import { MEETING_FIELDS } from "@/lib/validation/meeting";
import { formList, formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const saveMeetingAction = consoleAction(
  [...MEETING_FIELDS, "coOrganiserIds"],
  async (actor, formData, values) => {
    const coOrganiserIds = formList(formData, "coOrganiserIds");
    const result = await saveMeeting(actor, { ...values, coOrganiserIds, id: formText(formData, "id") || undefined });
    if (result.ok) return redirectWithDone("/secretariat/meetings", result.created ? "meetingCreated" : "meetingSaved");
    return result;
  },
);
