import Link from "next/link";
import { useTranslations } from "next-intl";

/** Confirmation after an update was published (the form redirects to /workspace?published=<slug>). */
export function PublishedNotice({ title, publicHref }: { title: string; publicHref: string | null }) {
  const t = useTranslations("workspace.published");
  return (
    <div role="status" className="space-y-1 rounded border-l-4 border-success bg-success-light p-4 text-ink">
      <h2 className="text-lg">{t("title")}</h2>
      <p>{t("body", { title })}</p>
      {publicHref ? (
        <p>
          <Link href={publicHref}>{t("link")}</Link>
        </p>
      ) : null}
    </div>
  );
}
