// The explorer's search in the six languages against real PostgreSQL: a query finds text in its own language with
// that language's stemming (another form of the word than the one written), in originals written in that language
// and in translations of English originals; Chinese by substring. Every search is scoped to a member created here.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCommitment, createMember } from "@/prisma/seed/factories";
import { listCommitments } from "./list-commitments";

let memberSlug: string;
const slugs: Record<string, string> = {};

beforeAll(async () => {
  const member = await createMember(db);
  memberSlug = member.slug;
  const original = async (key: string, sourceLocale: string, title: string, description: string) => {
    slugs[key] = (await createCommitment(db, member.id, { sourceLocale, title, description })).slug;
  };
  const translated = async (key: string, locale: string, title: string, description: string) => {
    const commitment = await createCommitment(db, member.id, {
      title: `English original ${key}`,
      description: "Written in English only.",
    });
    await db.commitmentTranslation.create({ data: { commitmentId: commitment.id, locale, title, description } });
    slugs[key] = commitment.slug;
  };
  await original("fr", "fr", "Former les négociatrices", "Des formations pour les médiatrices de la région.");
  await original("es", "es", "Apoyar a las mediadoras", "Programas para las organizaciones de mujeres constructoras.");
  await original("ru", "ru", "Подготовка миротворцев", "Обучение женщин-миротворцев в регионе.");
  await original("ar", "ar", "تدريب الوسيطات", "برامج لدعم مشاركة المرأة في عمليات السلام.");
  await translated("frTranslation", "fr", "Renforcer les coordonnatrices", "Un réseau de coordonnatrices nationales.");
  await translated("ruTranslation", "ru", "Поддержка координаторов", "Сеть национальных координаторов.");
  await translated("zhTranslation", "zh", "加强妇女参与和平进程", "支持妇女调解员网络。");
});

async function search(q: string) {
  const list = await listCommitments({ member: memberSlug, q, page: 1, sort: "relevance" });
  return list.items.map((item) => item.slug).sort();
}

describe("searching in every language", () => {
  it("finds French text with a French query, through French stemming", async () => {
    expect(await search("négociatrice")).toEqual([slugs.fr]);
    expect(await search("coordonnatrice")).toEqual([slugs.frTranslation]);
  });

  it("finds Spanish text with a Spanish query", async () => {
    expect(await search("mediadora")).toEqual([slugs.es]);
  });

  it("finds Russian text with a Russian query, in originals and translations", async () => {
    expect(await search("миротворцы")).toEqual([slugs.ru]);
    expect(await search("координатор")).toEqual([slugs.ruTranslation]);
  });

  it("finds Arabic text with an Arabic query", async () => {
    expect(await search("سلام")).toEqual([slugs.ar]);
  });

  it("finds Chinese text by substring, in the title or the description", async () => {
    expect(await search("和平进程")).toEqual([slugs.zhTranslation]);
    expect(await search("调解员")).toEqual([slugs.zhTranslation]);
    expect(await search("安全理事会")).toEqual([]);
  });

  it("still finds English originals with English stemming", async () => {
    expect(await search("originals")).toHaveLength(3);
  });
});
