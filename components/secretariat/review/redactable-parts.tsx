import { getFormatter, getTranslations } from "next-intl/server";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { RedactForm } from "./redact-form";

// The parts of a published update or assessment the secretariat can redact (decision 0023), as both of its pages
// (/secretariat/updates/[id], /secretariat/assessments/[id]) show them: the text with a redaction form under it, or
// the date it was redacted.

type Redactable = { action: FormAction<ConsoleFormState>; id: string; version: number };

/** "Redacted by the secretariat on DATE", as the secretariat's pages say it. */
async function RedactedOn({ date }: { date: Date }) {
  const [t, format] = await Promise.all([getTranslations("review.published"), getFormatter()]);
  return <p className="italic">{t("redactedOn", { date: format.dateTime(date, { dateStyle: "long" }) })}</p>;
}

/** A text (a narrative, a response) and the form that redacts it, or when it was redacted. */
export function RedactableText({
  record,
  part,
  text,
  language,
  redactedAt,
  submitLabel,
}: {
  record: Redactable;
  part: string;
  text: string;
  language: string;
  redactedAt: Date | null;
  submitLabel: string;
}) {
  if (redactedAt) return <RedactedOn date={redactedAt} />;
  return (
    <>
      <p className="whitespace-pre-line" lang={language}>
        {text}
      </p>
      {text !== "" && (
        <RedactForm
          action={record.action}
          updateId={record.id}
          version={record.version}
          part={part}
          submitLabel={submitLabel}
        />
      )}
    </>
  );
}

/** The section of evidence links, each with the form that redacts it, then the redacted ones by date. */
export async function RedactableEvidence({
  record,
  evidence,
  redactedEvidence,
}: {
  record: Redactable;
  evidence: { id: string; url: string; label: string | null }[];
  redactedEvidence: { id: string; redactedAt: Date }[];
}) {
  const [t, tRedact] = await Promise.all([getTranslations("review.published"), getTranslations("review.redact")]);
  return (
    <section aria-labelledby="evidence-heading" className="space-y-3">
      <h2 id="evidence-heading" className="text-xl">
        {t("evidence")}
      </h2>
      {evidence.length === 0 && redactedEvidence.length === 0 && <p>{t("noEvidence")}</p>}
      <ul className="space-y-4">
        {evidence.map((link) => (
          <li key={link.id} className="space-y-2 rounded border border-line p-3">
            <p className="break-all">
              <a href={link.url} rel="noopener noreferrer nofollow" dir="ltr">
                {link.label ?? link.url}
              </a>
            </p>
            <RedactForm
              action={record.action}
              updateId={record.id}
              version={record.version}
              part={link.id}
              submitLabel={tRedact("link", { label: link.label ?? link.url })}
            />
          </li>
        ))}
        {redactedEvidence.map((link) => (
          <li key={link.id}>
            <RedactedOn date={link.redactedAt} />
          </li>
        ))}
      </ul>
    </section>
  );
}
