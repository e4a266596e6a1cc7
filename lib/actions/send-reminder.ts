"use server";
// Transport for the cockpit's "send a reminder now" buttons (one member, or every member that is due). The rule and
// the authorization live in lib/mutations/send-reminder.ts.
import { formText, nextSubmission } from "@/lib/forms/form-data";
import { sendReminder } from "@/lib/mutations/send-reminder";
import type { ReportingFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const sendReminderAction = authorizedAction<ReportingFormState>(
  async (actor, formData, previous): Promise<ReportingFormState> => {
    const target = formText(formData, "target");
    const result = await sendReminder(
      actor,
      target === "member" ? { target, memberId: formText(formData, "memberId") } : { target },
    );
    const submission = nextSubmission(previous);
    if (!result.ok) {
      const message = { invalid: "notFound", no_open_cycle: "noOpenCycle", nothing_due: "nothingDue" }[result.error];
      return { status: "error", submission, message, messageValues: { member: formText(formData, "memberName") } };
    }
    return {
      status: result.failed > 0 ? "error" : "done",
      submission,
      message: result.failed > 0 ? "remindersFailed" : "remindersSent",
      messageValues: {
        sent: result.sent,
        alreadyToday: result.alreadyToday,
        failed: result.failed,
        members: result.members,
      },
    };
  },
);
