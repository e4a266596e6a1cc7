"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.errors");
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl">{t("genericTitle")}</h1>
      <p>{t("genericBody")}</p>
      <button type="button" onClick={reset} className="rounded border border-line-strong px-3 py-1.5">
        {t("tryAgain")}
      </button>
    </div>
  );
}
