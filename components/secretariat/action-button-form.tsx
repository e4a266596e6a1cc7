"use client";
// One button that posts one action for one row (deactivate, reactivate, move up…), with its outcome announced.
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";
import { FormAlert } from "./form-alert";
import { SMALL_BUTTON_CLASS } from "./styles";
import { useConsoleForm } from "./use-console-form";

type Props = {
  action: FormAction<ConsoleFormState>;
  id: string;
  hidden: Record<string, string>;
  label: string;
  /** The accessible name, starting with `label` (e.g. "Deactivate Ana Díaz"). */
  accessibleName: string;
};

export function ActionButtonForm({ action, id, hidden, label, accessibleName }: Props) {
  const t = useTranslations("register");
  const { state, formAction, pending, alertRef } = useConsoleForm(action);
  const message = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.name.required") : code);
  return (
    <form key={state.submission} action={formAction} className="inline-block">
      <FormAlert state={state} alertRef={alertRef} id={id} fields={[]} message={message} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={accessibleName} className={SMALL_BUTTON_CLASS}>
        {label}
      </button>
    </form>
  );
}
