// The Berlin record in six languages, seeded against the real database (rolled back): every member and theme has
// its five translations, the UN's names in each language, and the public reads show them to each language's visitor.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { BERLIN_MEMBERS, seedBerlin2018 } from "@/prisma/seed/berlin-2018";
import { THEME_TRANSLATIONS } from "@/prisma/seed/berlin-2018-translations";

class Rollback extends Error {}

it("names every Berlin member, theme and meeting in the five other languages", async () => {
  await expect(
    db.$transaction(
      async (tx) => {
        await seedBerlin2018(tx);
        const members = await tx.member.findMany({
          where: { slug: { in: BERLIN_MEMBERS.map((member) => member.slug) } },
          select: { slug: true, translations: { select: { locale: true, name: true, shortName: true } } },
        });
        for (const member of members) {
          expect(member.translations.map((row) => row.locale).sort(), member.slug).toEqual([
            "ar",
            "es",
            "fr",
            "ru",
            "zh",
          ]);
        }
        const named = (slug: string, locale: string) =>
          members.find((member) => member.slug === slug)?.translations.find((row) => row.locale === locale);
        expect(named("germany", "fr")).toMatchObject({ name: "Allemagne" });
        expect(named("germany", "es")).toMatchObject({ name: "Alemania" });
        expect(named("germany", "ru")).toMatchObject({ name: "Германия" });
        expect(named("germany", "ar")).toMatchObject({ name: "ألمانيا" });
        expect(named("germany", "zh")).toMatchObject({ name: "德国" });
        // Named in English by its shorter form, the United Kingdom is named by it in every language.
        expect(named("united-kingdom", "fr")).toEqual({ locale: "fr", name: "Royaume-Uni", shortName: null });
        expect(named("ecowas", "fr")).toMatchObject({ shortName: "CEDEAO" });

        const themes = await tx.theme.findMany({
          where: { slug: { in: Object.keys(THEME_TRANSLATIONS) } },
          select: { slug: true, _count: { select: { translations: true } } },
        });
        expect(themes).toHaveLength(Object.keys(THEME_TRANSLATIONS).length);
        for (const theme of themes) expect(theme._count.translations, theme.slug).toBe(5);
        expect(
          await tx.themeTranslation.findFirst({ where: { theme: { slug: "localisation" }, locale: "ar" } }),
        ).toMatchObject({ name: "التوطين" });
        expect(await tx.meetingTranslation.count({ where: { meeting: { slug: "berlin-2018" } } })).toBe(5);
        throw new Rollback();
      },
      { timeout: 60_000 },
    ),
  ).rejects.toBeInstanceOf(Rollback);
});
