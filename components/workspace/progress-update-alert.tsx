"use client";
// What the progress update form says after a round trip: the error summary, "Draft saved", a refusal, or, after a
// lost race, the stored values next to the typed ones, field by field.
import { useFormatter } from "next-intl";
import type { ProgressUpdateFormState } from "@/lib/actions/form-states";
import { fieldId } from "@/lib/validation/progress-update-fields";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { FormAlert } from "@/components/form/form-alert";
import { useLooseTranslations } from "@/components/form/messages";
import { ConflictTable } from "./conflict-table";
import { savedTime } from "./saved-time";
import type { MilestoneOption } from "./update-milestones-fieldset";
import { WorkspaceAccessAlert } from "./workspace-access-alert";

type Props = {
  state: ProgressUpdateFormState;
  signInHref: string;
  milestones: MilestoneOption[];
  /** The words of an error key at a field path. */
  message: (path: string, code: string) => string;
};

const CONFLICT_REASONS = { changed: "changed", exists: "exists", no_longer_editable: "noLongerEditable" } as const;

export function UpdateFormAlert({ state, signInHref, milestones, message }: Props) {
  const t = useLooseTranslations("workspace.update");
  const tStatuses = useLooseTranslations("statuses");
  const format = useFormatter();
  // Autosave results never reach here: only a person's own "Save draft" or "Submit" is announced this loudly.
  if (state.status === "idle" || state.intent === "autosave") return null;
  const { submission } = state;
  switch (state.status) {
    case "saved":
      return (
        <FormAlert submission={submission} tone="success" title={t("saved.title")}>
          <p>{t("saved.body", { time: savedTime(format, state.savedAt ?? new Date().toISOString()) })}</p>
        </FormAlert>
      );
    case "invalid": {
      const firstMilestone = milestones.find((m) => !m.reached);
      const target = (path: string) =>
        path === "milestones"
          ? firstMilestone
            ? `milestone-${firstMilestone.id}`
            : "status"
          : path === "barriers"
            ? "barrier-FUNDING"
            : path === "evidence"
              ? "evidence-0-url"
              : fieldId(path);
      const items = summaryItems(state.fieldErrors, (path, codes) =>
        codes.map((code) => ({ href: `#${target(path)}`, text: message(path, code) })),
      );
      return <ErrorSummary submission={submission} title={t("errorSummary", { count: items.length })} items={items} />;
    }
    case "conflict": {
      const reason = state.conflict?.reason ?? "changed";
      const display = (field: string, value: string) => {
        if (field === "status")
          return tStatuses.has(`implementation.${value}`) ? tStatuses(`implementation.${value}`) : value;
        if (field === "milestones") return milestones.find((m) => m.id === value)?.title ?? value;
        if (field === "barriers") {
          const [kind = "", ...rest] = value.split(" ");
          const label = tStatuses.has(`barrier.${kind}`) ? tStatuses(`barrier.${kind}`) : kind;
          return rest.length ? `${label}: ${rest.join(" ")}` : label;
        }
        return value;
      };
      return (
        <FormAlert submission={submission} title={t("conflictTitle")}>
          <p>{t(`conflict.${CONFLICT_REASONS[reason]}`)}</p>
          <ConflictTable t={t} namespace="conflict" changes={state.conflict?.changes ?? []} display={display} />
          <p>{reason === "no_longer_editable" ? t("conflict.nextNew") : t("conflict.next")}</p>
        </FormAlert>
      );
    }
    default:
      return <WorkspaceAccessAlert status={state.status} submission={submission} t={t} signInHref={signInHref} />;
  }
}
