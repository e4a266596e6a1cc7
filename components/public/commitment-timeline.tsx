import { getTranslations } from "next-intl/server";
import type { PublishedUpdate } from "@/lib/data/public/get-commitment-page";
import { CommitmentUpdate } from "./commitment-update";

/** The public timeline: every published update of one commitment, newest first, with its verification. */
export async function CommitmentTimeline({ updates }: { updates: PublishedUpdate[] }) {
  const t = await getTranslations("public.commitment");
  return (
    <section aria-labelledby="updates" className="space-y-3">
      <h2 id="updates" className="text-xl">
        {t("updatesHeading")}
      </h2>
      {updates.length === 0 ? (
        <p>{t("noUpdates")}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">{t("updatesIntro")}</p>
          <ol className="space-y-6 border-s-2 border-line-strong ps-6 print:border-s-0 print:ps-0">
            {updates.map((update) => (
              <CommitmentUpdate key={update.id} update={update} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
