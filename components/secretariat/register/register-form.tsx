"use client";
// The register's create/edit forms (members, themes, meetings, reassigning a focal point), from a list of field
// descriptions: plain data, so the server page describes the form and this renders it. Without JavaScript the
// browser posts it and the page comes back with the errors and what was typed.
import { useTranslations } from "next-intl";
import type { ConsoleFormState } from "@/lib/actions/form-states";
import type { FormAction } from "@/lib/actions/safe-action";
import { Field } from "@/components/form/field";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsoleFormOutcome } from "../console-form-outcome";
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
  /** Machine text (addresses, codes) reads left to right even on a right-to-left page. */
  ltr?: boolean;
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
  const errorMessage = useErrorMessages("register.errors");
  const { state, formAction, pending, errorsOf, valueOf } = useConsoleForm(action);
  const message = (code: string) => errorMessage(code, messageValues);
  const inputId = (name: string) => `${id}-${name}`;
  return (
    <form key={state.submission} action={formAction} noValidate className="max-w-2xl space-y-5">
      <ConsoleFormOutcome
        state={state}
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
            id={inputId(field.name)}
            label={field.label}
            marker={field.required ? "required" : "optional"}
            hint={field.hint}
            errors={errorsOf(field.name).map(message)}
          >
            {(control) => {
              const common = { ...control, name: field.name, className };
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
                      dir={field.ltr ? "ltr" : undefined}
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
        <SubmitButton pending={pending} pendingLabel={tForm("saving")}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
