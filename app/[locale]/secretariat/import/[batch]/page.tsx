import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmImportForm } from "@/components/secretariat/import/confirm-import-form";
import { PlannedRowItem } from "@/components/secretariat/import/planned-row-item";
import { confirmImportAction } from "@/lib/actions/confirm-import";
import { getImportBatch } from "@/lib/data/secretariat/get-import-batch";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { segmentOf } from "@/lib/imports/import-kinds";
import { countPlan } from "@/lib/imports/planned-row";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.preview");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = {
  params: Promise<{ batch: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE_SIZE = 100;
const ORDER = { error: 0, change: 1, create: 2, unchanged: 3 } as const;
const count = (value: unknown) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : null);

/** The preview of an uploaded file: what each row will do, every problem, and the confirmation. */
export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const [{ batch: batchId }, query] = await Promise.all([params, searchParams]);
  const batch = await readForPage(pagePath(`/secretariat/import/${batchId}`, query), (user) =>
    getImportBatch(user, batchId),
  );
  if (!batch) notFound();
  const [t, tImports, format] = await Promise.all([
    getTranslations("imports.preview"),
    getTranslations("imports"),
    getFormatter(),
  ]);
  const counts = countPlan(batch.plan);
  const shown = batch.plan
    .filter((row) => row.action !== "unchanged")
    .sort((a, b) => ORDER[a.action] - ORDER[b.action] || a.line - b.line);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, count(query.page) ?? 1), pages);
  const rows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const created = count(query.created);
  const changed = count(query.changed);
  const canConfirm = batch.state === "PREVIEWED" && counts.error === 0 && counts.create + counts.change > 0;
  const pageLink = (n: number) => `/secretariat/import/${batch.id}?page=${n}`;

  return (
    <div className="max-w-5xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title", { file: batch.fileName })}</h1>
        <p>
          {t("uploaded", {
            kind: tImports(`kinds.${segmentOf(batch.kind)}.heading`),
            rows: batch.rowCount,
            when: format.dateTime(batch.createdAt, DATE_AND_TIME),
          })}
        </p>
        <p>
          <Link href="/secretariat/import" className="underline">
            {t("uploadAgain")}
          </Link>
        </p>
      </header>
      {batch.state === "APPLIED" ? (
        <div role="status" className="rounded-md border border-success bg-success-light p-4">
          {created !== null && changed !== null
            ? t("applied", { created, changed })
            : t("appliedEarlier", {
                when: format.dateTime(batch.appliedAt ?? batch.createdAt, DATE_AND_TIME),
              })}
        </div>
      ) : null}
      <ul className="list-disc space-y-1 ps-5" aria-label={t("metaTitle")}>
        {batch.kind === "COMMITMENTS"
          ? (["create", "change", "unchanged", "error"] as const).map((action) => (
              <li key={action}>{t(`counts.${action}`, { count: counts[action] })}</li>
            ))
          : (["create", "unchanged", "error"] as const).map((action) => (
              <li key={action}>{t(`countsReports.${action}`, { count: counts[action] })}</li>
            ))}
      </ul>
      {counts.error > 0 ? (
        <div role="alert" className="rounded-md border border-danger bg-danger-light p-4">
          <h2 className="text-xl">{t("errorsHeading")}</h2>
          <p>{t("errorsIntro")}</p>
        </div>
      ) : null}
      {batch.state === "PREVIEWED" && counts.error === 0 && counts.create + counts.change === 0 ? (
        <p role="status">{t("nothingToDo")}</p>
      ) : null}
      {canConfirm ? (
        <section
          aria-labelledby="confirm-heading"
          className="space-y-3 rounded-md border border-line bg-paper-raised p-4"
        >
          <h2 id="confirm-heading" className="text-2xl">
            {tImports("confirm.heading")}
          </h2>
          <ConfirmImportForm
            action={confirmImportAction}
            batchId={batch.id}
            sha256={batch.sha256}
            rows={counts.create + counts.change}
          />
        </section>
      ) : null}
      {shown.length > 0 ? (
        <section aria-labelledby="rows-heading" className="space-y-3">
          <h2 id="rows-heading" className="text-2xl">
            {counts.error > 0 ? t("errorsHeading") : t("changesHeading")}
          </h2>
          <p>
            {t("page", {
              from: (page - 1) * PAGE_SIZE + 1,
              to: (page - 1) * PAGE_SIZE + rows.length,
              total: shown.length,
            })}
          </p>
          <ol className="space-y-3">
            {rows.map((row) => (
              <PlannedRowItem key={row.line} row={row} />
            ))}
          </ol>
          {pages > 1 ? (
            <nav aria-label={t("pagination")} className="flex gap-4">
              {page > 1 ? (
                <Link href={pageLink(page - 1)} className="underline">
                  {t("previous")}
                </Link>
              ) : null}
              {page < pages ? (
                <Link href={pageLink(page + 1)} className="underline">
                  {t("next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
