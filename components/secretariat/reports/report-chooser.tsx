import { getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import { Field } from "@/components/form/field";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";

type Option = { slug: string; name: string };

/** Cycle, then optionally a member or a theme: a GET form to /secretariat/reports, which sends on to the report. */
export async function ReportChooser({
  cycles,
  preferred,
  members,
  themes,
}: {
  cycles: Option[];
  /** The cycle chosen at first: the open one, if any. */
  preferred?: string;
  members: Option[];
  themes: Option[];
}) {
  const t = await getTranslations("reporting.reports.chooser");
  const formAction = await pathInLocale("/secretariat/reports");
  return (
    <section aria-labelledby="chooser-heading" className="space-y-3">
      <h2 id="chooser-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <form
        method="get"
        action={formAction}
        className="grid gap-4 rounded-md border border-line bg-paper-raised p-4 sm:grid-cols-3"
      >
        <Field id="report-cycle" label={t("cycle")} required>
          {(control) => (
            <select {...control} name="cycle" defaultValue={preferred} className={INPUT_CLASS}>
              {cycles.map((cycle) => (
                <option key={cycle.slug} value={cycle.slug}>
                  {cycle.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="report-member" label={t("member")}>
          {(control) => (
            <select {...control} name="member" defaultValue="" className={INPUT_CLASS}>
              <option value="">{t("allMembers")}</option>
              {members.map((member) => (
                <option key={member.slug} value={member.slug}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="report-theme" label={t("theme")}>
          {(control) => (
            <select {...control} name="theme" defaultValue="" className={INPUT_CLASS}>
              <option value="">{t("allThemes")}</option>
              {themes.map((theme) => (
                <option key={theme.slug} value={theme.slug}>
                  {theme.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-3">
          <button type="submit" className={buttonClass("primary")}>
            {t("submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
