"use client";
// The import's confirmation. Without JavaScript it is a plain form: the browser waits for the answer. With it, the
// page polls the batch's progress route while the confirmation runs and shows a progress bar.
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ConfirmImportState } from "@/lib/actions/confirm-import";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: ConfirmImportState, formData: FormData) => Promise<ConfirmImportState>;
  batchId: string;
  sha256: string;
  rows: number;
};

const POLL_MS = 700;

export function ConfirmImportForm({ action, batchId, sha256, rows }: Props) {
  const t = useTranslations("imports.confirm");
  const [state, formAction, pending] = useActionState(action, { status: "idle", submission: 0 });
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      void fetch(`/secretariat/import/${batchId}/progress`, { headers: { accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<{ done: number }>) : null))
        .then((progress) => {
          if (progress) setDone(progress.done);
        })
        .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [pending, batchId]);

  const failed = state.status !== "idle";
  return (
    <form action={formAction} className="space-y-3">
      {failed ? (
        <FormAlert submission={state.submission}>
          {state.status === "refused" || state.status === "signed_out" ? t("notFound") : t(state.status)}
        </FormAlert>
      ) : null}
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="sha256" value={sha256} />
      <p>{t("body", { count: rows })}</p>
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
      {pending ? (
        <div className="space-y-1" role="status">
          <progress className="w-full max-w-md" max={rows} value={done ?? undefined} aria-label={t("progressLabel")} />
          <p>{t("progress", { done: done ?? 0, total: rows })}</p>
        </div>
      ) : null}
    </form>
  );
}
