// Tells a member's focal points what the secretariat decided about an update. Called AFTER the decision's
// transaction has committed: an email must never announce a decision that was rolled back. A failed send is
// logged in email_log (lib/email/send-email.ts) and does not undo the decision.
import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";
import { messages } from "@/lib/i18n/messages";
import { logger } from "@/lib/log/logger";
import { recipientLocale, recipientUrl } from "@/lib/i18n/recipient-locale";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

export type ReviewOutcome = {
  kind: "UPDATE_PUBLISHED" | "UPDATE_RETURNED";
  updateId: string;
  /** The update's version after the decision: one email per decision, however often this is called. */
  version: number;
  comment: string | null;
  commitment: { slug: string; title: string };
  member: { id: string; name: string };
};

export async function notifyReviewOutcome(outcome: ReviewOutcome): Promise<void> {
  const recipients = await db.user.findMany({
    where: { memberId: outcome.member.id, role: "FOCAL_POINT", active: true },
    select: { id: true, email: true, name: true, preferredLocale: true },
    orderBy: { email: "asc" },
  });
  const published = outcome.kind === "UPDATE_PUBLISHED";
  const path = published
    ? `/commitments/${outcome.commitment.slug}`
    : `/workspace/commitments/${outcome.commitment.slug}/update`;
  for (const recipient of recipients) {
    // Each focal point reads it in their own language, with the link in that language.
    const locale = recipientLocale(recipient.preferredLocale);
    const t = createTranslator({
      locale,
      messages: messages[locale],
      namespace: "review.email",
      timeZone: DISPLAY_TIME_ZONE,
    });
    const link = recipientUrl(env.APP_URL, locale, path);
    const values = { title: outcome.commitment.title, member: outcome.member.name, link };
    const greeting = t("greeting", { name: recipient.name });
    const body = published ? t("published.body", values) : t("returned.body", values);
    const comment = outcome.comment
      ? t(published ? "published.comment" : "returned.comment", { comment: outcome.comment })
      : "";
    await sendEmail({
      kind: outcome.kind,
      to: recipient.email,
      subject: published ? t("published.subject", values) : t("returned.subject", values),
      text: [
        greeting,
        body,
        comment,
        published ? t("published.link", values) : t("returned.link", values),
        t("signature"),
      ]
        .filter(Boolean)
        .join("\n\n"),
      userId: recipient.id,
      memberId: outcome.member.id,
      dedupeKey: `${outcome.kind}:${outcome.updateId}:${outcome.version}:${recipient.id}`,
    }).catch((error: unknown) =>
      logger.error("Could not send the review email", {
        kind: outcome.kind,
        updateId: outcome.updateId,
        recipientId: recipient.id,
        error,
      }),
    );
  }
}
