import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/secretariat/register/register-form";
import { discontinueCommitmentAction } from "@/lib/actions/discontinue-commitment";
import { getCommitmentForDiscontinue } from "@/lib/data/secretariat/get-commitment-for-discontinue";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.commitments");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function DiscontinueCommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const commitment = await readForPage(`/secretariat/commitments/${encodeURIComponent(id)}/discontinue`, (user) =>
    getCommitmentForDiscontinue(user, id),
  );
  if (!commitment) notFound();
  const [t, tRegister] = await Promise.all([getTranslations("register.commitments"), getTranslations("register")]);
  const blocked =
    commitment.approval !== "APPROVED"
      ? t("notApproved")
      : commitment.currentStatus === "DISCONTINUED"
        ? t("alreadyDiscontinued")
        : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/secretariat/commitments?view=approved">{t("back")}</Link>
      </p>
      <h1 className="text-3xl">{t("discontinueTitle", { title: commitment.title })}</h1>
      {blocked ? (
        <p>{blocked}</p>
      ) : (
        <>
          <p>{t("discontinueIntro", { member: commitment.member.name })}</p>
          <RegisterForm
            action={discontinueCommitmentAction}
            id="discontinue"
            hidden={{ commitmentId: commitment.id, version: String(commitment.version), returnQuery: "view=approved" }}
            submitLabel={t("discontinueSubmit")}
            messageValues={{ max: DECISION_COMMENT_MAX_LENGTH }}
            fields={[
              {
                name: "reason",
                label: tRegister("fields.reason"),
                type: "textarea",
                required: true,
                hint: tRegister("hints.reason", { max: DECISION_COMMENT_MAX_LENGTH }),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
