"use client";
// "Draft saved at 14:32" and the like, announced politely to screen readers. Always rendered, so announcements are
// not lost when it first appears.
import { useFormatter } from "next-intl";
import { useLooseTranslations } from "@/components/form/messages";
import { savedTime } from "./saved-time";
import type { AutosaveStatus } from "./use-autosave";

export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  const t = useLooseTranslations("workspace.update.autosave");
  const format = useFormatter();
  const text = (() => {
    switch (status.kind) {
      case "idle":
        return "";
      case "saving":
        return t("saving");
      case "saved":
        return t("saved", { time: savedTime(format, status.at) });
      case "invalid":
        return t("invalid", { count: status.count });
      case "conflict":
        return t("conflict");
      case "signed_out":
        return t("signedOut");
      case "failed":
        return t("failed");
    }
  })();
  return (
    <p role="status" aria-live="polite" className="min-h-6 text-sm text-ink-muted" data-testid="autosave-status">
      {text}
    </p>
  );
}
