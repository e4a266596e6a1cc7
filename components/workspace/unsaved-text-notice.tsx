"use client";
// Offers back the text typed in this form that no save stored before the page was left or reloaded
// (./use-unsaved-text.ts): put it back in the form (autosave then stores it), or let it go.
import { useFormatter } from "next-intl";
import { useLooseTranslations } from "@/components/form/messages";
import { buttonClass } from "@/components/form/styles";
import { savedTime } from "./saved-time";
import type { KeptText } from "./use-unsaved-text";

type Props = { kept: KeptText; onRestore: () => void; onDiscard: () => void };

export function UnsavedTextNotice({ kept, onRestore, onDiscard }: Props) {
  const t = useLooseTranslations("workspace.update.unsaved");
  const format = useFormatter();
  return (
    <section
      aria-labelledby="unsaved-text-title"
      className="space-y-2 rounded border-s-4 border-brand bg-brand-light p-4"
    >
      <h2 id="unsaved-text-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>{t("body", { time: savedTime(format, kept.at) })}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass("primary", "small")} onClick={onRestore}>
          {t("restore")}
        </button>
        <button type="button" className={buttonClass("secondary", "small")} onClick={onDiscard}>
          {t("discard")}
        </button>
      </div>
    </section>
  );
}
