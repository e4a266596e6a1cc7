"use client";
// What the progress update form says after a round trip: the error summary, "Draft saved", a refusal, or, after a
// lost race, the stored values next to the typed ones, field by field.
import { useFormatter } from "next-intl";
import type { ProgressUpdateFormState } from "@/lib/actions/progress-update-form-state";
import { fieldId, MAX_EVIDENCE_LINKS, NARRATIVE_MAX_LENGTH } from "@/lib/validation/progress-update-fields";
import { ConflictTable } from "./conflict-table";
import { AccessAlert, AlertBox, ErrorList, errorText, useLooseTranslations, type SummaryItem } from "./form-parts";
import type { MilestoneOption } from "./progress-update-form";
import { savedTime } from "./saved-time";

type Props = {
  state: ProgressUpdateFormState;
  alertRef: React.RefObject<HTMLDivElement | null>;
  signInHref: string;
  milestones: MilestoneOption[];
  firstMilestoneId: string | null;
};

export function UpdateFormAlert({ state, alertRef, signInHref, milestones, firstMilestoneId }: Props) {
  const t = useLooseTranslations("workspace.update");
  const tStatuses = useLooseTranslations("statuses");
  const format = useFormatter();
  // Autosave results never reach here: only a person's own "Save draft" or "Submit" is announced this loudly.
  if (state.status === "idle" || state.intent === "autosave") return null;
  const id = "update-alert";
  switch (state.status) {
    case "saved":
      return (
        <AlertBox id={id} tone="success" alertRef={alertRef} title={t("saved.title")}>
          <p>{t("saved.body", { time: savedTime(format, state.savedAt ?? new Date().toISOString()) })}</p>
        </AlertBox>
      );
    case "invalid": {
      const items: SummaryItem[] = Object.entries(state.fieldErrors ?? {}).flatMap(([path, codes]) =>
        codes.map((code) => ({
          href: `#${targetOf(path, firstMilestoneId)}`,
          text: errorText(t, code, { max: path === "evidence" ? MAX_EVIDENCE_LINKS : NARRATIVE_MAX_LENGTH }),
        })),
      );
      return (
        <AlertBox id={id} alertRef={alertRef} title={t("errorSummary", { count: items.length })}>
          <ErrorList items={items} />
        </AlertBox>
      );
    }
    case "conflict": {
      const conflict = state.conflict;
      const reason = conflict?.reason ?? "changed";
      const titles = { changed: "changed", exists: "exists", no_longer_editable: "noLongerEditable" } as const;
      const milestoneTitle = (value: string) => milestones.find((m) => m.id === value)?.title ?? value;
      const display = (field: string, value: string) => {
        if (field === "status")
          return tStatuses.has(`implementation.${value}`) ? tStatuses(`implementation.${value}`) : value;
        if (field === "milestones") return milestoneTitle(value);
        if (field === "barriers") {
          const [kind = "", ...rest] = value.split(" ");
          const label = tStatuses.has(`barrier.${kind}`) ? tStatuses(`barrier.${kind}`) : kind;
          return rest.length ? `${label}: ${rest.join(" ")}` : label;
        }
        return value;
      };
      return (
        <AlertBox id={id} alertRef={alertRef} title={t("conflictTitle")}>
          <p>{t(`conflict.${titles[reason]}`)}</p>
          <ConflictTable t={t} namespace="conflict" changes={conflict?.changes ?? []} display={display} />
          <p>{reason === "no_longer_editable" ? t("conflict.nextNew") : t("conflict.next")}</p>
        </AlertBox>
      );
    }
    case "refused":
    case "signed_out":
    case "not_found":
      return <AccessAlert status={state.status} t={t} id={id} alertRef={alertRef} signInHref={signInHref} />;
  }
}

/** The input an error link moves focus to: group errors go to the group's first input. */
function targetOf(path: string, firstMilestoneId: string | null): string {
  if (path === "milestones") return firstMilestoneId ?? "status";
  if (path === "barriers") return "barrier-FUNDING";
  if (path === "evidence") return "evidence-0-url";
  return fieldId(path);
}
