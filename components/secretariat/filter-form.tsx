import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Field } from "@/components/form/field";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";
import { pathInLocale } from "@/lib/i18n/redirect";

type Option = { value: string; label: string };

const LABEL_CLASS = "block text-sm font-semibold";

type Props = {
  /** Where the form sends its parameters: the list itself (a GET form, so the view lives in the URL). */
  action: string;
  legend: string;
  submitLabel: string;
  clearLabel: string;
  /** Parameters the form does not show but must keep (e.g. the current tab). */
  hidden?: Record<string, string>;
  children: React.ReactNode;
};

/** Search and filters of a console list: a plain GET form, shareable and usable without JavaScript. */
export async function FilterForm({ action, legend, submitLabel, clearLabel, hidden = {}, children }: Props) {
  const clearHref = Object.keys(hidden).length ? `${action}?${new URLSearchParams(hidden)}` : action;
  const formAction = await pathInLocale(action);
  return (
    <form method="get" action={formAction} className="no-print rounded border border-line bg-paper-raised p-4">
      <fieldset className="space-y-3">
        <legend className="font-semibold">{legend}</legend>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass("secondary")}>
            {submitLabel}
          </button>
          <Link href={clearHref}>{clearLabel}</Link>
        </div>
      </fieldset>
    </form>
  );
}

export function SelectFilter(props: {
  name: string;
  label: string;
  value?: string;
  allLabel: string;
  options: Option[];
}) {
  return (
    <Field id={`filter-${props.name}`} label={props.label} labelClassName={LABEL_CLASS}>
      {(control) => (
        <select {...control} name={props.name} defaultValue={props.value ?? ""} className={INPUT_CLASS}>
          <option value="">{props.allLabel}</option>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TextFilter(props: { name: string; label: string; value?: string; type?: "search" | "date" | "text" }) {
  return (
    <Field id={`filter-${props.name}`} label={props.label} labelClassName={LABEL_CLASS}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          type={props.type ?? "search"}
          defaultValue={props.value ?? ""}
          className={INPUT_CLASS}
        />
      )}
    </Field>
  );
}

type Choice = { id: string; name: string };

/** The member and theme filters of the review lists (queue, published updates, published assessments). */
export async function MemberThemeFilters(props: {
  memberId?: string;
  themeId?: string;
  choices: { members: Choice[]; themes: Choice[] };
}) {
  const t = await getTranslations("review.filters");
  const options = (choices: Choice[]) => choices.map((choice) => ({ value: choice.id, label: choice.name }));
  return (
    <>
      <SelectFilter
        name="member"
        label={t("member")}
        value={props.memberId}
        allLabel={t("all")}
        options={options(props.choices.members)}
      />
      <SelectFilter
        name="theme"
        label={t("theme")}
        value={props.themeId}
        allLabel={t("all")}
        options={options(props.choices.themes)}
      />
    </>
  );
}
