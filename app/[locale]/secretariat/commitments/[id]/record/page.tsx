import { TranslationsLink } from "@/components/secretariat/translations/translations-link";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { editCommitmentRecordAction } from "@/lib/actions/edit-commitment-record";
import { getCommitmentForRecord } from "@/lib/data/secretariat/get-commitment-for-record";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { ADDRESSEES, COMMITMENT_KINDS } from "@/lib/domain/enum-values";
import { ADDRESSEE_DETAIL_MAX_LENGTH, EDITORIAL_NOTE_MAX_LENGTH } from "@/lib/validation/commitment-record";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.commitments");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function CommitmentRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await readForPage(`/secretariat/commitments/${encodeURIComponent(id)}/record`, (user) =>
    getCommitmentForRecord(user, id),
  );
  if (!data) notFound();
  const { commitment, members, recommendations } = data;
  const [t, tStatus] = await Promise.all([getTranslations("register.record"), getTranslations("statuses")]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/commitments?view=approved">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("title", { title: commitment.title })}</h1>
      <p>{t("intro", { member: commitment.member.name })}</p>
      <TranslationsLink kind="commitment" id={commitment.id} />
      <RegisterForm
        action={editCommitmentRecordAction}
        id="record"
        hidden={{ commitmentId: commitment.id, version: String(commitment.version), returnQuery: "view=approved" }}
        submitLabel={t("submit")}
        messageValues={{ detailMax: ADDRESSEE_DETAIL_MAX_LENGTH, noteMax: EDITORIAL_NOTE_MAX_LENGTH }}
        fields={[
          {
            name: "kind",
            label: t("kind"),
            type: "select",
            required: true,
            hint: t("kindHint"),
            initial: commitment.kind,
            options: COMMITMENT_KINDS.map((kind) => ({ value: kind, label: tStatus(`commitmentKind.${kind}`) })),
          },
          {
            name: "addressedTo",
            label: t("addressedTo"),
            type: "multiselect",
            hint: t("addressedToHint"),
            initial: commitment.addressedTo.join(","),
            options: ADDRESSEES.map((addressee) => ({ value: addressee, label: tStatus(`addressee.${addressee}`) })),
          },
          {
            name: "addresseeDetail",
            label: t("addresseeDetail"),
            type: "text",
            hint: t("addresseeDetailHint", { max: ADDRESSEE_DETAIL_MAX_LENGTH }),
            initial: commitment.addresseeDetail ?? "",
          },
          {
            name: "editorialNote",
            label: t("editorialNote"),
            type: "textarea",
            hint: t("editorialNoteHint", { max: EDITORIAL_NOTE_MAX_LENGTH }),
            initial: commitment.editorialNote ?? "",
          },
          {
            name: "coMemberIds",
            label: t("coMembers"),
            type: "multiselect",
            hint: t("coMembersHint", { lead: commitment.member.name }),
            initial: commitment.members.map((member) => member.memberId).join(","),
            options: members.map((member) => ({ value: member.id, label: member.name })),
          },
          {
            name: "adoptedFromId",
            label: t("adoptedFrom"),
            type: "select",
            hint: t("adoptedFromHint"),
            initial: commitment.adoptedFromId ?? "",
            options: recommendations.map((recommendation) => ({
              value: recommendation.id,
              label: `${recommendation.title} (${recommendation.member.name})`,
            })),
          },
        ]}
      />
    </div>
  );
}
