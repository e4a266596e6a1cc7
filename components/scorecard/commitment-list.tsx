import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentRow } from "@/components/public/commitment-row";
import type { CommitmentList as CommitmentListData } from "@/lib/data/public/list-commitments";

type Props = {
  list: CommitmentListData;
  /** The explorer filtered to this member or theme, where every commitment can be searched, sorted and paged. */
  explorerHref: { pathname: string; query: Record<string, string> };
  intro: string;
};

/** The commitments of a member or theme (the first ones when there are many), linking to the explorer for all. */
export async function CommitmentList({ list, explorerHref, intro }: Props) {
  const t = await getTranslations("explorer.list");
  return (
    <section aria-labelledby="commitments" className="space-y-3">
      <h2 id="commitments" className="text-2xl">
        {t("heading", { total: list.total })}
      </h2>
      {list.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">{intro}</p>
          <ul className="space-y-3">
            {list.items.map((item) => (
              <CommitmentRow key={item.slug} item={item} />
            ))}
          </ul>
          <p className="no-print">
            <Link href={explorerHref}>
              {t(list.total > list.items.length ? "seeAll" : "explore", { total: list.total })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
