import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { DemoNote } from "@/components/public/demo-note";
import { viewHref, type ViewParams } from "@/lib/domain/dashboard-view";

type Props = {
  view: ViewParams;
  /** The page whose view the link changes ("/" or an embedded chart's path). */
  path: string;
  /** Whether the database holds any demonstration data: without any, there is nothing to leave out. */
  available: boolean;
};

/**
 * The visible way to see the figures without demonstration data: a plain link to the same view with
 * `demo=exclude` (so it works without JavaScript and the view can be shared), and back.
 */
export async function DemoViewToggle({ view, path, available }: Props) {
  const t = await getTranslations("public.demoView");
  const excluded = view.filters.demo === "exclude";
  if (!available && !excluded) return null;
  const { demo: _demo, ...withDemo } = view.filters;
  const other = excluded
    ? { ...view, filters: withDemo }
    : { ...view, filters: { ...view.filters, demo: "exclude" as const } };
  const link = (
    <Link href={viewHref(path, other)} scroll={false} className="font-semibold">
      {t(excluded ? "include" : "exclude")}
    </Link>
  );
  if (excluded) {
    return (
      <p id="demo-view" className="max-w-3xl rounded border border-line bg-paper-raised p-2 text-sm">
        {t("excluded")} {link}
      </p>
    );
  }
  return (
    <DemoNote id="demo-view">
      {t("included")} {link}
    </DemoNote>
  );
}
