import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/secretariat/action-button-form";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { moveThemeAction } from "@/lib/actions/move-theme";
import { listThemes } from "@/lib/data/secretariat/list-themes";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { textParam, type SearchParams } from "@/lib/validation/console-params";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.themes");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ThemesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const themes = await readForPage("/secretariat/themes", listThemes);
  const [t, tRegister] = await Promise.all([getTranslations("register.themes"), getTranslations("register")]);
  const done = textParam(params, "done", 20);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <Link href="/secretariat/themes/new" className="font-semibold">
            {t("add")}
          </Link>
        </p>
      </header>
      <ConfirmationNotice
        message={done && tRegister.has(`done.${done}`) ? tRegister(`done.${done}` as "done.themeSaved") : null}
      />
      <ConsoleTable
        caption={t("caption")}
        empty={themes.length === 0 ? t("empty") : null}
        columns={[
          { label: t("columns.position"), numeric: true },
          { label: t("columns.name") },
          { label: t("columns.commitments"), numeric: true },
          { label: t("columns.order") },
        ]}
      >
        {themes.map((theme, index) => (
          <tr key={theme.id}>
            <td className="text-end">{index + 1}</td>
            <th scope="row" className="font-normal">
              <Link href={`/secretariat/themes/${theme.id}`} aria-label={t("editName", { name: isolate(theme.name) })}>
                {theme.name}
              </Link>
              {theme.description && <span className="block text-ink-muted">{theme.description}</span>}
            </th>
            <td className="text-end">{theme.commitments}</td>
            <td>
              <div className="flex flex-wrap gap-2">
                {index > 0 && (
                  <ActionButtonForm
                    action={moveThemeAction}
                    id={`up-${theme.id}`}
                    hidden={{ themeId: theme.id, direction: "up" }}
                    label={t("moveUp")}
                    accessibleName={t("moveUpName", { name: isolate(theme.name) })}
                  />
                )}
                {index < themes.length - 1 && (
                  <ActionButtonForm
                    action={moveThemeAction}
                    id={`down-${theme.id}`}
                    hidden={{ themeId: theme.id, direction: "down" }}
                    label={t("moveDown")}
                    accessibleName={t("moveDownName", { name: isolate(theme.name) })}
                  />
                )}
              </div>
            </td>
          </tr>
        ))}
      </ConsoleTable>
    </div>
  );
}
