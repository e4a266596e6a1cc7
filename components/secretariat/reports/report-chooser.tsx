import { getTranslations } from "next-intl/server";

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
  const field = "w-full rounded border border-line-strong bg-paper px-2 py-1.5";
  return (
    <section aria-labelledby="chooser-heading" className="space-y-3">
      <h2 id="chooser-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <form
        method="get"
        action="/secretariat/reports"
        className="grid gap-4 rounded-md border border-line bg-paper-raised p-4 sm:grid-cols-3"
      >
        <div className="space-y-1">
          <label htmlFor="report-cycle" className="block font-semibold">
            {t("cycle")}
          </label>
          <select id="report-cycle" name="cycle" required defaultValue={preferred} className={field}>
            {cycles.map((cycle) => (
              <option key={cycle.slug} value={cycle.slug}>
                {cycle.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="report-member" className="block font-semibold">
            {t("member")}
          </label>
          <select id="report-member" name="member" defaultValue="" className={field}>
            <option value="">{t("allMembers")}</option>
            {members.map((member) => (
              <option key={member.slug} value={member.slug}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="report-theme" className="block font-semibold">
            {t("theme")}
          </label>
          <select id="report-theme" name="theme" defaultValue="" className={field}>
            <option value="">{t("allThemes")}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.name}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-3">
          <button
            type="submit"
            className="rounded border border-brand bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand-dark"
          >
            {t("submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
