import { getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";

/** Where the commitment comes from, in the source document's own words, verbatim (never corrected). */
export async function CommitmentSource({ commitment }: { commitment: CommitmentPage }) {
  const t = await getTranslations("public.commitment");
  return (
    <section aria-labelledby="source" className="space-y-3">
      <h2 id="source" className="text-xl">
        {t("sourceHeading")}
      </h2>
      {commitment.sourceExcerpt ? (
        <figure className="space-y-2">
          <blockquote
            lang="en"
            className="max-w-3xl whitespace-pre-line border-s-4 border-brand bg-brand-light px-4 py-3 font-serif text-lg"
          >
            {commitment.sourceExcerpt}
          </blockquote>
          <figcaption className="text-sm text-ink-muted">
            — {commitment.meeting.sourceTitle ?? t("sourceFallback")}
          </figcaption>
        </figure>
      ) : (
        <p>{t("noExcerpt")}</p>
      )}
    </section>
  );
}
