"use client";
// The register's create/edit forms (members, themes, meetings, reassigning a focal point), from a list of field
// descriptions: plain data, so the server page describes the form and this renders it. Without JavaScript the
// browser posts it and the page comes back with the errors and what was typed.
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/actions/safe-action";
import type { ConsoleFormState } from "@/lib/actions/console-form-state";
import { Field } from "../field";
import { FormAlert } from "../form-alert";
import { BUTTON_CLASS, INPUT_CLASS } from "../styles";
import { useConsoleForm } from "../use-console-form";

export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "multiselect";
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  /** The value to show before any submission (a multiselect's values joined by commas). */
  initial?: string;
  autoComplete?: string;
  /** Narrow fields (codes, dates). */
  short?: boolean;
};

type Props = {
  action: FormAction<ConsoleFormState>;
  id: string;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Values for the error messages' placeholders (e.g. { max: 1000 }). */
  messageValues?: Record<string, number>;
};

export function RegisterForm({ action, id, fields, hidden = {}, submitLabel, messageValues = {} }: Props) {
  const t = useTranslations("register");
  const tForm = useTranslations("secretariat.console.form");
  const { state, formAction, pending, alertRef, errorsOf, valueOf } = useConsoleForm(action);
  const message = (code: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}` as "errors.name.required", messageValues) : code;
  const inputId = (name: string) => `${id}-${name}`;
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-2xl space-y-5">
      <FormAlert
        state={state}
        alertRef={alertRef}
        id={id}
        message={message}
        fields={fields.map((field) => ({ name: field.name, inputId: inputId(field.name), label: field.label }))}
      />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const value = valueOf(field.name, field.initial ?? "");
        const className = `${INPUT_CLASS} ${field.short ? "max-w-xs" : ""}`;
        return (
          <Field
            key={field.name}
            inputId={inputId(field.name)}
            label={field.label}
            required={field.required}
            hint={field.hint}
            errors={errorsOf(field.name).map(message)}
          >
            {(input) => {
              const common = { ...input, name: field.name, className };
              switch (field.type) {
                case "textarea":
                  return <textarea {...common} rows={4} defaultValue={value} />;
                case "select":
                  return (
                    <select {...common} defaultValue={value}>
                      <option value="">{field.required ? t("choose") : t("none")}</option>
                      {field.options?.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  );
                case "multiselect":
                  return (
                    <select {...common} multiple size={8} defaultValue={value ? value.split(",") : []}>
                      {field.options?.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  );
                default:
                  return (
                    <input
                      {...common}
                      type={field.type === "date" ? "date" : "text"}
                      defaultValue={value}
                      autoComplete={field.autoComplete ?? "off"}
                      required={field.required}
                    />
                  );
              }
            }}
          </Field>
        );
      })}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? tForm("saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}
