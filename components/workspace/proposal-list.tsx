// The member's proposals that the secretariat has not approved yet, returned ones first, with its comment.
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { WorkspaceProposal } from "@/lib/data/workspace/list-my-commitments";
import { isolate } from "@/lib/i18n/isolate";

export async function ProposalList({ proposals, member }: { proposals: WorkspaceProposal[]; member: string }) {
  const [t, format] = await Promise.all([getTranslations("workspace.proposals"), getFormatter()]);
  if (proposals.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start">
        <caption className="mb-2 text-start text-sm text-ink-muted">{t("caption", { member })}</caption>
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="py-2 pe-4">
              {t("commitment")}
            </th>
            <th scope="col" className="py-2 pe-4">
              {t("state")}
            </th>
            <th scope="col" className="py-2">
              {t("action")}
            </th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => (
            <tr key={p.id} className="border-b border-line align-top">
              <th scope="row" className="py-3 pe-4 font-normal">
                <Link href={`/workspace/commitments/${p.slug}`}>{p.title}</Link>
                <p className="text-sm text-ink-muted">
                  <time dateTime={p.createdAt.toISOString()}>
                    {format.dateTime(p.createdAt, { dateStyle: "medium" })}
                  </time>
                </p>
              </th>
              <td className="space-y-1 py-3 pe-4 text-sm">
                <p className="font-semibold">{t(`approval.${p.approval === "RETURNED" ? "RETURNED" : "PROPOSED"}`)}</p>
                {p.approvalComment ? <p className="whitespace-pre-line">{p.approvalComment}</p> : null}
              </td>
              <td className="py-3">
                <Link
                  href={`/workspace/commitments/${p.slug}/edit`}
                  aria-label={t("editOn", { title: isolate(p.title) })}
                  className="font-semibold"
                >
                  {t("edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
