import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";
import type { TextLanguage } from "@/lib/i18n/localized-text";

type Linked = TextLanguage & { slug: string; title: string; member: TextLanguage & { name: string } };

function CommitmentLink({ commitment }: { commitment: Linked }) {
  return (
    <>
      <Link href={`/commitments/${commitment.slug}`} lang={commitment.lang}>
        {commitment.title}
      </Link>{" "}
      (<bdi lang={commitment.member.lang}>{commitment.member.name}</bdi>)
    </>
  );
}

/**
 * What kind of statement the record holds and how it connects: whom a recommendation addresses and who took it up,
 * the recommendation a pledge takes up, and where the curated wording departs from the source (decision 0012).
 */
export async function CommitmentRecord({ commitment }: { commitment: CommitmentPage }) {
  const t = await getTranslations("public.record");
  const tStatus = await getTranslations("statuses");
  const { kind, addressedTo, addresseeDetail, adoptedFrom, adoptions, editorialNote } = commitment;
  return (
    <section aria-labelledby="record" className="space-y-3">
      <h2 id="record" className="text-xl">
        {t("heading")}
      </h2>
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("kind")}</dt>
        <dd>
          {tStatus(`commitmentKind.${kind}`)}. {t(`kindMeaning.${kind}`)}
        </dd>
        {addressedTo.length > 0 && (
          <>
            <dt className="font-semibold">{t("addressedTo")}</dt>
            <dd>
              {addressedTo.map((addressee) => tStatus(`addressee.${addressee}`)).join(", ")}
              {addresseeDetail && <span className="block text-ink-muted">{addresseeDetail}</span>}
            </dd>
          </>
        )}
        {kind === "RECOMMENDATION" && (
          <>
            <dt className="font-semibold">{t("takenUpBy")}</dt>
            <dd>
              {adoptions.length === 0 ? (
                t("notTakenUp")
              ) : (
                <ul className="space-y-1">
                  {adoptions.map((adoption) => (
                    <li key={adoption.slug}>
                      <CommitmentLink commitment={adoption} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        {adoptedFrom && (
          <>
            <dt className="font-semibold">{t("takesUp")}</dt>
            <dd>
              <CommitmentLink commitment={adoptedFrom} />
            </dd>
          </>
        )}
      </dl>
      {editorialNote && (
        <p className="max-w-3xl rounded border-s-4 border-line-strong bg-paper-raised px-4 py-2">
          <strong>{t("editorialNote")}</strong> {editorialNote}
        </p>
      )}
    </section>
  );
}
