"use client";
// What the commitment details form says after a round trip: the error summary, a refusal, or, after a lost race,
// the stored values next to the typed ones, field by field.
import type { CommitmentDetailsFormState } from "@/lib/actions/form-states";
import { fieldId } from "@/lib/validation/progress-update-fields";
import { ErrorSummary, summaryItems } from "@/components/form/error-summary";
import { FormAlert } from "@/components/form/form-alert";
import { useLooseTranslations } from "@/components/form/messages";
import { ConflictTable } from "./conflict-table";
import { WorkspaceAccessAlert } from "./workspace-access-alert";

type Props = {
  state: CommitmentDetailsFormState;
  signInHref: string;
  themes: { id: string; name: string }[];
  /** The words of an error key at a field path. */
  message: (path: string, code: string) => string;
};

export function DetailsAlert({ state, signInHref, themes, message }: Props) {
  const t = useLooseTranslations("workspace.details");
  const { submission } = state;
  switch (state.status) {
    case "idle":
      return null;
    case "invalid": {
      const items = summaryItems(state.fieldErrors, (path, codes) =>
        codes.map((code) => ({
          href: `#${path === "milestones" ? "milestones-0-title" : fieldId(path)}`,
          text: message(path, code),
        })),
      );
      return <ErrorSummary submission={submission} title={t("errorSummary", { count: items.length })} items={items} />;
    }
    case "conflict": {
      const themeName = (value: string) => themes.find((theme) => theme.id === value)?.name ?? value;
      return (
        <FormAlert submission={submission} title={t("conflict.title")}>
          <p>{t("conflict.body")}</p>
          <ConflictTable
            t={t}
            namespace="conflict"
            changes={state.conflict?.changes ?? []}
            display={(field, value) => (field === "themes" ? themeName(value) : value)}
          />
          <p>{t("conflict.next")}</p>
        </FormAlert>
      );
    }
    default:
      return <WorkspaceAccessAlert status={state.status} submission={submission} t={t} signInHref={signInHref} />;
  }
}
