import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/auth/invite-form";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { ActionButtonForm } from "@/components/secretariat/action-button-form";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { inviteFocalPointAction } from "@/lib/actions/invite-focal-point";
import { setAccreditationAction } from "@/lib/actions/set-accreditation";
import { getAccreditationPage } from "@/lib/data/secretariat/get-accreditation-page";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { textParam, type SearchParams } from "@/lib/validation/console-params";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.accreditation");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The secretariat accredits civil-society organisations, withdraws accreditation, and invites their reviewers. */
export default async function AccreditationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const done = textParam(await searchParams, "done", 20);
  const [organisations, t, format] = await Promise.all([
    readForPage("/secretariat/accreditation", getAccreditationPage),
    getTranslations("assessments.accreditation"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const accredited = organisations.filter((organisation) => organisation.accredited);
  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <ConfirmationNotice
        message={done === "accredited" ? t("done.accredited") : done === "withdrawn" ? t("done.withdrawn") : null}
      />
      <section aria-labelledby="organisations-heading" className="space-y-4">
        <h2 id="organisations-heading" className="text-2xl">
          {t("organisationsHeading")}
        </h2>
        <ConsoleTable
          caption={t("organisationsHeading")}
          empty={organisations.length === 0 ? t("empty") : null}
          columns={[
            { label: t("columns.organisation") },
            { label: t("columns.accreditation") },
            { label: t("columns.reviewers") },
            { label: t("columns.published"), numeric: true },
            { label: t("columns.action") },
          ]}
        >
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row" className="font-normal">
                {organisation.name}
              </th>
              <td>
                {organisation.accredited && organisation.accreditedAt
                  ? t("accreditedSince", { date: date(organisation.accreditedAt) })
                  : organisation.accreditationWithdrawnAt
                    ? t("withdrawnOn", { date: date(organisation.accreditationWithdrawnAt) })
                    : t("notAccredited")}
              </td>
              <td>
                {organisation.reviewers.length === 0 ? (
                  t("noReviewers")
                ) : (
                  <ul className="space-y-1">
                    {organisation.reviewers.map((reviewer) => (
                      <li key={reviewer.id}>
                        {reviewer.name} <span className="text-ink-muted">({reviewer.email})</span>
                        {reviewer.invited ? ` · ${t("invited")}` : reviewer.active ? "" : ` · ${t("inactive")}`}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="text-end">{format.number(organisation.published)}</td>
              <td>
                <ActionButtonForm
                  action={setAccreditationAction}
                  id={`accreditation-${organisation.id}`}
                  hidden={{ memberId: organisation.id, decision: organisation.accredited ? "withdraw" : "accredit" }}
                  label={organisation.accredited ? t("withdraw") : t("accredit")}
                  accessibleName={
                    organisation.accredited
                      ? t("withdrawName", { organisation: isolate(organisation.name) })
                      : t("accreditName", { organisation: isolate(organisation.name) })
                  }
                />
              </td>
            </tr>
          ))}
        </ConsoleTable>
      </section>
      <section aria-labelledby="invite-reviewer-heading" className="max-w-3xl space-y-4">
        <h2 id="invite-reviewer-heading" className="text-2xl">
          {t("inviteHeading")}
        </h2>
        {accredited.length === 0 ? (
          <p>{t("inviteNone")}</p>
        ) : (
          <>
            <p>{t("inviteIntro")}</p>
            <InviteForm
              action={inviteFocalPointAction}
              members={accredited.map(({ id, name }) => ({ id, name }))}
              role="REVIEWER"
            />
          </>
        )}
      </section>
    </div>
  );
}
