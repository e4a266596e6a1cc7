import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/public/status-badge";
import { PublishedNotice } from "@/components/workspace/published-notice";
import { signInPath } from "@/lib/auth/callback-url";
import { isSecretariat } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { listMyCommitments } from "@/lib/data/workspace/list-my-commitments";
import { statusCategory } from "@/lib/domain/implementation-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WorkspacePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  if (!user) redirect(signInPath("/workspace"));
  // The secretariat has no member of its own, and does not post updates for members: its work area is elsewhere.
  if (isSecretariat(user)) redirect("/secretariat");

  const [commitments, t, format, params] = await Promise.all([
    listMyCommitments(user),
    getTranslations("workspace"),
    getFormatter(),
    searchParams,
  ]);
  const member = user.member?.name ?? "";
  // Only a slug from this focal point's own list is echoed back, so the notice cannot be made to say anything else.
  const published = commitments.find((commitment) => commitment.slug === params.published);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro", { member })}</p>
      </header>
      {published ? (
        <PublishedNotice
          title={published.title}
          publicHref={published.approval === "APPROVED" ? `/commitments/${published.slug}` : null}
        />
      ) : null}
      {commitments.length === 0 ? (
        <p>{t("empty", { member })}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-sm text-ink-muted">
              {t("table.caption", { member })}. {t("order")}
            </caption>
            <thead>
              <tr className="border-b-2 border-line-strong">
                <th scope="col" className="py-2 pr-4">
                  {t("table.commitment")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("table.status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("table.percent")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("table.lastPublished")}
                </th>
                <th scope="col" className="py-2">
                  {t("table.action")}
                </th>
              </tr>
            </thead>
            <tbody>
              {commitments.map((commitment) => (
                <tr key={commitment.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    {commitment.approval === "APPROVED" ? (
                      <Link href={`/commitments/${commitment.slug}`}>{commitment.title}</Link>
                    ) : (
                      <>
                        {commitment.title}{" "}
                        <span className="text-sm text-ink-muted">
                          {t("table.notPublic", { approval: t(`approval.${commitment.approval}`) })}
                        </span>
                      </>
                    )}
                  </th>
                  <td className="py-3 pr-4">
                    <StatusBadge status={statusCategory(commitment.currentStatus)} />
                  </td>
                  <td className="py-3 pr-4 tabular-nums">
                    {commitment.currentPercent === null
                      ? t("table.noPercent")
                      : t("table.percentValue", { percent: commitment.currentPercent })}
                  </td>
                  <td className="py-3 pr-4">
                    {commitment.lastPublishedAt ? (
                      <time dateTime={commitment.lastPublishedAt.toISOString()}>
                        {format.dateTime(commitment.lastPublishedAt, { dateStyle: "medium" })}
                      </time>
                    ) : (
                      t("table.never")
                    )}
                  </td>
                  <td className="py-3">
                    <Link
                      href={`/workspace/commitments/${commitment.slug}/update`}
                      aria-label={t("table.postUpdateOn", { title: commitment.title })}
                      className="font-semibold"
                    >
                      {t("table.postUpdate")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
