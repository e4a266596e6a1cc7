import { useFormatter, useTranslations } from "next-intl";
import { formatPercent } from "@/lib/i18n/format-percent";
import type { TextPart, UpdateDiff } from "@/lib/domain/update-diff";
import { TABLE_CLASS } from "../styles";

const TAG = "ms-2 inline-block rounded border px-1.5 text-xs font-semibold";
const NEW_TAG = `${TAG} border-success text-success`;
const GONE_TAG = `${TAG} border-danger text-danger`;
const KEPT_TAG = `${TAG} border-line-strong text-ink-muted`;

/** A submitted update against the previous published one: each change in words, never by colour alone. */
export function UpdateDiffView({ diff, idPrefix }: { diff: UpdateDiff; idPrefix: string }) {
  const t = useTranslations("review.diff");
  const tStatus = useTranslations("statuses.implementation");
  const tBarrier = useTranslations("statuses.barrier");
  const format = useFormatter();
  const percent = (value: number | null) => (value === null ? t("none") : formatPercent(format, value));
  const status = (value: string | null) => (value === null ? t("none") : tStatus(value as "IN_PROGRESS"));
  const mark = (changed: boolean) => (
    <span className={changed ? NEW_TAG : KEPT_TAG}>{changed ? t("changed") : t("unchanged")}</span>
  );
  return (
    <div className="space-y-4">
      <table className={TABLE_CLASS} aria-labelledby={`${idPrefix}-diff`}>
        <caption id={`${idPrefix}-diff`} className="pb-2 text-start text-base font-semibold">
          {t("heading")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("status")}</th>
            <td>{status(diff.status.before)}</td>
            <td>
              {status(diff.status.after)}
              {mark(diff.status.changed)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t("percent")}</th>
            <td>{percent(diff.percentComplete.before)}</td>
            <td>
              {percent(diff.percentComplete.after)}
              {mark(diff.percentComplete.changed)}
            </td>
          </tr>
        </tbody>
      </table>

      <section className="space-y-1" aria-labelledby={`${idPrefix}-narrative`}>
        <h4 id={`${idPrefix}-narrative`} className="font-semibold">
          {t("narrative")}
        </h4>
        {diff.narrative.changed ? (
          <>
            <p className="text-sm text-ink-muted">{t("narrativeLegend")}</p>
            <NarrativeDiff parts={diff.narrative.parts} />
          </>
        ) : (
          <>
            <p className="text-sm text-ink-muted">{t("narrativeUnchanged")}</p>
            <p className="whitespace-pre-wrap rounded border border-line bg-paper-raised p-3">
              {diff.narrative.parts.map((part) => part.text).join("")}
            </p>
          </>
        )}
      </section>

      <ListSection id={`${idPrefix}-milestones`} heading={t("milestones")} empty={t("noMilestones")}>
        {diff.milestonesReached.added.map((m) => (
          <li key={m.id}>
            {m.title}
            <span className={NEW_TAG}>{t("milestoneNew")}</span>
          </li>
        ))}
        {diff.milestonesReached.kept.map((m) => (
          <li key={m.id}>
            {m.title}
            <span className={KEPT_TAG}>{t("milestoneAgain")}</span>
          </li>
        ))}
      </ListSection>

      <ListSection id={`${idPrefix}-barriers`} heading={t("barriers")} empty={t("noBarriers")}>
        {[
          ...diff.barriers.added.map((b) => [b, NEW_TAG, t("barrierNew")] as const),
          ...diff.barriers.kept.map((b) => [b, KEPT_TAG, t("barrierKept")] as const),
          ...diff.barriers.removed.map((b) => [b, GONE_TAG, t("barrierGone")] as const),
        ].map(([barrier, tag, label], index) => (
          <li key={index}>
            <span className="font-semibold">{tBarrier(barrier.kind as "OTHER")}</span>
            {barrier.detail ? `: ${barrier.detail}` : null}
            <span className={tag}>{label}</span>
          </li>
        ))}
      </ListSection>

      <ListSection id={`${idPrefix}-evidence`} heading={t("evidence")} empty={t("noEvidence")}>
        {[
          ...diff.evidence.added.map((e) => [e, NEW_TAG, t("evidenceNew")] as const),
          ...diff.evidence.kept.map((e) => [e, KEPT_TAG, t("evidenceKept")] as const),
          ...diff.evidence.removed.map((e) => [e, GONE_TAG, t("evidenceGone")] as const),
        ].map(([link, tag, label]) => (
          <li key={`${label}-${link.url}`} className="break-words">
            <a href={link.url} rel="noopener noreferrer nofollow">
              {link.label ?? link.url}
            </a>
            {link.label && <span className="block text-xs text-ink-muted">{link.url}</span>}
            <span className={tag}>{label}</span>
          </li>
        ))}
      </ListSection>
    </div>
  );
}

function ListSection({
  id,
  heading,
  empty,
  children,
}: {
  id: string;
  heading: string;
  empty: string;
  children: React.ReactNode[];
}) {
  const items = children.flat().filter(Boolean);
  return (
    <section className="space-y-1" aria-labelledby={id}>
      <h4 id={id} className="font-semibold">
        {heading}
      </h4>
      {items.length ? <ul className="list-disc space-y-1 ps-5">{items}</ul> : <p className="text-ink-muted">{empty}</p>}
    </section>
  );
}

function NarrativeDiff({ parts }: { parts: TextPart[] }) {
  const t = useTranslations("review.diff");
  return (
    <p className="whitespace-pre-wrap rounded border border-line bg-paper-raised p-3">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={index} className="bg-danger-light text-danger line-through decoration-2">
            <span className="sr-only">[{t("removed")}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="bg-success-light text-success underline decoration-2">
            <span className="sr-only">[{t("added")}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
