// The text of a reporting reminder. Plain text only: nothing a member typed (commitment titles) is ever put into
// HTML, and plain text reads well in every mail client the Network's focal points use.
import type { ReminderKind } from "@/lib/domain/reminder-schedule";
import type { ReminderRecipient } from "@/lib/data/secretariat/reporting/list-reminder-recipients";
import { reportingTranslator } from "./translator";
import { recipientLocale, recipientUrl } from "@/lib/i18n/recipient-locale";

export type ReminderEmailInput = {
  kind: ReminderKind;
  recipient: Pick<
    ReminderRecipient,
    "name" | "memberName" | "commitments" | "unreported" | "unreportedTitles" | "preferredLocale"
  >;
  cycle: { name: string; dueOn: Date };
  appUrl: string;
};

/** In the recipient's language, with the link to their workspace in that language. */
export function reminderEmail({ kind, recipient, cycle, appUrl }: ReminderEmailInput) {
  const locale = recipientLocale(recipient.preferredLocale);
  const t = reportingTranslator(locale);
  const workspaceUrl = recipientUrl(appUrl, locale, "/workspace");
  const values = { member: recipient.memberName, cycle: cycle.name, due: cycle.dueOn };
  const more = recipient.unreported - recipient.unreportedTitles.length;
  const lines = [
    t("reminderEmail.greeting", { name: recipient.name }),
    "",
    t(`reminderEmail.intro.${kind}`, values),
    "",
    t("reminderEmail.unreported", {
      member: recipient.memberName,
      unreported: recipient.unreported,
      total: recipient.commitments,
    }),
    ...recipient.unreportedTitles.map((title) => `- ${title}`),
    ...(more > 0 ? [t("reminderEmail.more", { more })] : []),
    "",
    t("reminderEmail.action", { url: workspaceUrl }),
    "",
    t("reminderEmail.alreadySubmitted"),
    "",
    t("reminderEmail.signature"),
  ];
  return { subject: t(`reminderEmail.subject.${kind}`, values), text: `${lines.join("\n")}\n` };
}
