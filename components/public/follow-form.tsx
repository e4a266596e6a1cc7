"use client";
// "Follow by email" on a commitment, member or theme page: an address and how often, no account. The answer is the
// same whether or not the address already follows (lib/mutations/request-follow.ts). Works without JavaScript.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { FollowFormState } from "@/lib/actions/form-states";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field, FieldGroup } from "@/components/form/field";
import { FormAlert } from "@/components/form/form-alert";
import { useErrorMessages } from "@/components/form/messages";
import { INPUT_CLASS } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";

type Props = {
  action: (state: FollowFormState, formData: FormData) => Promise<FollowFormState>;
  target: "commitment" | "member" | "theme";
  slug: string;
  /** The Atom feed of the same page, for people who read feeds rather than email. */
  feedHref: string;
};

const FREQUENCIES = ["IMMEDIATE", "WEEKLY"] as const;

export function FollowForm({ action, target, slug, feedHref }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const t = useTranslations("public.follow");
  const errorText = useErrorMessages("public.follow.errors");
  const locale = useLocale();
  const id = `follow-${target}`;
  const errorsOf = (field: string) => (state.fieldErrors?.[field] ?? []).map((code) => errorText(code));
  const emailErrors = errorsOf("email");
  const frequencyErrors = errorsOf("frequency");
  const frequency = state.values?.frequency || "IMMEDIATE";

  return (
    <section aria-labelledby={`${id}-title`} className="no-print max-w-2xl space-y-4 rounded border border-line p-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t("title")}
      </h2>
      {state.status === "sent" ? (
        <FormAlert submission={state.submission} tone="success" title={t("sentTitle")}>
          <p>{t.rich("sent", { email: state.email ?? "", bdi: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p>
        </FormAlert>
      ) : (
        <form key={state.submission} action={formAction} noValidate className="space-y-4">
          <p>{t("intro")}</p>
          {state.status === "limited" || state.status === "not_found" ? (
            <FormAlert submission={state.submission}>
              <p>{state.status === "limited" ? t(`limited.${state.limit ?? "client"}`) : t("notFound")}</p>
            </FormAlert>
          ) : null}
          {emailErrors.length + frequencyErrors.length > 0 ? (
            <ErrorSummary
              submission={state.submission}
              title={t("summaryTitle")}
              items={[
                ...emailErrors.map((text) => ({ href: `#${id}-email`, text })),
                ...frequencyErrors.map((text) => ({ href: `#${id}-IMMEDIATE`, text })),
              ]}
            />
          ) : null}
          <input type="hidden" name="target" value={target} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="locale" value={locale} />
          <Field id={`${id}-email`} label={t("email")} required errors={emailErrors}>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                dir="ltr"
                autoComplete="email"
                spellCheck={false}
                defaultValue={state.values?.email}
                className={`${INPUT_CLASS} max-w-md`}
              />
            )}
          </Field>
          <FieldGroup id={`${id}-frequency`} legend={t("frequency")} errors={frequencyErrors}>
            {FREQUENCIES.map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  id={`${id}-${value}`}
                  type="radio"
                  name="frequency"
                  value={value}
                  defaultChecked={frequency === value}
                />
                {t(`frequencies.${value}`)}
              </label>
            ))}
          </FieldGroup>
          <p className="text-sm text-ink-muted">{t("privacy")}</p>
          <SubmitButton pending={pending} pendingLabel={t("submitting")}>
            {t("submit")}
          </SubmitButton>
        </form>
      )}
      <p className="text-sm">
        {/* A file, not a page: a plain link (the language is in the query). */}
        <a href={feedHref} type="application/atom+xml">
          {t("feed")}
        </a>
      </p>
    </section>
  );
}
