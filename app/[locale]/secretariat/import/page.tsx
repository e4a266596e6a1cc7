import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportKindSection } from "@/components/secretariat/import/import-kind-section";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { isFileProblemCode } from "@/lib/imports/file-problem";
import { OFFERED_SEGMENTS } from "@/lib/imports/import-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The two imports, each with its templates and upload form; a refused file comes back here with its reason. */
export default async function ImportPage({ searchParams }: Props) {
  await readForPage("/secretariat/import", (user) => authorizeSecretariat(user, consoleRead("import")));
  const [t, query] = await Promise.all([getTranslations("imports"), searchParams]);
  const problem = typeof query.problem === "string" && isFileProblemCode(query.problem) ? query.problem : null;
  const detail = typeof query.detail === "string" ? query.detail : "";
  const problemKind = query.kind;
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {OFFERED_SEGMENTS.map((segment) => (
        <ImportKindSection
          key={segment}
          segment={segment}
          problem={problemKind === segment && problem ? { code: problem, detail } : null}
        />
      ))}
    </div>
  );
}
