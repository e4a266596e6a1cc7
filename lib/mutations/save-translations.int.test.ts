// The translation screen's save against the real database: the secretariat's translations land with their audit row
// and show on the public pages in the visitor's language (the original with its flag elsewhere); a focal point is
// refused and recorded; a half-filled language is refused; a screen shown before someone else's save is refused as a
// conflict and writes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { getMemberPage } from "@/lib/data/public/get-member-page";
import { listCommitments } from "@/lib/data/public/list-commitments";
import { listMissingTranslations } from "@/lib/data/secretariat/list-missing-translations";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { saveTranslations } from "./save-translations";

const session = vi.hoisted(() => ({ claims: null as null | Record<string, unknown> }));
vi.mock("next-auth/next", () => ({ getServerSession: async () => session.claims }));

let secretariat: SessionUser;
let focalPoint: SessionUser;
let member: Awaited<ReturnType<typeof createMember>>;

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  member = await createMember(db, { name: "Germany (test)" });
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
});

async function newCommitment() {
  return createCommitment(db, member.id, {
    title: "Train women mediators",
    description: "Germany will train women mediators.",
    sourceExcerpt: "Germany will train women mediators.",
  });
}

const french = { "fr.title": "Former des médiatrices", "fr.description": "L'Allemagne formera des médiatrices." };

describe("saving translations", () => {
  it("writes the secretariat's translation with its audit row, and the French page shows it", async () => {
    const commitment = await newCommitment();
    const result = await saveTranslations(secretariat, { kind: "commitment", id: commitment.id, values: french });
    expect(result).toEqual({ ok: true, changed: 1 });

    const stored = await db.commitmentTranslation.findUniqueOrThrow({
      where: { commitmentId_locale: { commitmentId: commitment.id, locale: "fr" } },
    });
    expect(stored).toMatchObject({ title: "Former des médiatrices", version: 1, updatedById: secretariat.id });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "translation.save", entityId: commitment.id },
    });
    expect(audit).toMatchObject({ actorId: secretariat.id, entityType: "commitment", before: { fr: null } });
    expect(audit.after).toEqual({
      fr: { title: "Former des médiatrices", description: "L'Allemagne formera des médiatrices." },
    });

    const inFrench = await getCommitmentPage(commitment.slug, "fr");
    expect(inFrench).toMatchObject({
      title: "Former des médiatrices",
      description: "L'Allemagne formera des médiatrices.",
      lang: "fr",
      shownInOriginal: false,
      // The verbatim source stays in the document's words.
      sourceExcerpt: "Germany will train women mediators.",
    });
    const inSpanish = await getCommitmentPage(commitment.slug, "es");
    expect(inSpanish).toMatchObject({ title: "Train women mediators", lang: "en", shownInOriginal: true });
    const inEnglish = await getCommitmentPage(commitment.slug, "en");
    expect(inEnglish).toMatchObject({ title: "Train women mediators", lang: "en", shownInOriginal: false });

    const list = await listCommitments({ member: member.slug, page: 1, locale: "fr" });
    expect(list.items.find((item) => item.slug === commitment.slug)).toMatchObject({
      title: "Former des médiatrices",
      lang: "fr",
    });
  });

  it("names a member in the visitor's language, with no English short name leaking into it", async () => {
    const result = await saveTranslations(secretariat, {
      kind: "member",
      id: member.id,
      values: { "fr.name": "Allemagne (test)", "ru.name": "Германия (тест)" },
    });
    expect(result).toMatchObject({ ok: true, changed: 2 });
    expect((await getMemberPage(member.slug, "ru"))?.member).toMatchObject({
      name: "Германия (тест)",
      shortName: null,
      lang: "ru",
      shownInOriginal: false,
    });
    expect((await getMemberPage(member.slug, "zh"))?.member).toMatchObject({
      name: "Germany (test)",
      lang: "en",
      shownInOriginal: true,
    });
    const missing = await listMissingTranslations(secretariat);
    const members = missing.find((group) => group.kind === "member");
    expect(members?.items.find((item) => item.id === member.id)?.missing).toEqual(["ar", "es", "zh"]);
  });

  it("refuses a focal point, records the refusal and writes nothing", async () => {
    const commitment = await newCommitment();
    await expect(
      saveTranslations(focalPoint, { kind: "commitment", id: commitment.id, values: french }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    expect(await db.commitmentTranslation.count({ where: { commitmentId: commitment.id } })).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
      actorId: focalPoint.id,
      after: { attempted: "translation.save", reason: "not_secretariat" },
    });
  });

  it("refuses a language filled in part, and text too long, naming each field", async () => {
    const commitment = await newCommitment();
    const result = await saveTranslations(secretariat, {
      kind: "commitment",
      id: commitment.id,
      values: { "fr.title": "Former des médiatrices", "es.title": "x".repeat(501), "es.description": "Algo." },
    });
    expect(result).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { "fr.description": ["translation.required"], "es.title": ["translation.tooLong"] },
    });
    expect(await db.commitmentTranslation.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });

  it("refuses a screen shown before someone else saved, and writes nothing", async () => {
    const commitment = await newCommitment();
    // Two people open the screen: no French yet (version 0).
    const first = await saveTranslations(secretariat, {
      kind: "commitment",
      id: commitment.id,
      values: { ...french, "version.fr": "0" },
    });
    expect(first).toMatchObject({ ok: true });
    const second = await saveTranslations(secretariat, {
      kind: "commitment",
      id: commitment.id,
      values: {
        "fr.title": "Autre titre",
        "fr.description": "Autre description.",
        "version.fr": "0",
        "es.title": "Formar mediadoras",
        "es.description": "Alemania formará mediadoras.",
      },
    });
    expect(second).toEqual({ ok: false, error: "conflict" });
    const rows = await db.commitmentTranslation.findMany({ where: { commitmentId: commitment.id } });
    expect(rows.map((row) => [row.locale, row.title])).toEqual([["fr", "Former des médiatrices"]]);

    // Shown again (version 1), the change goes through and the version moves on; emptied, the language is removed.
    const third = await saveTranslations(secretariat, {
      kind: "commitment",
      id: commitment.id,
      values: { "fr.title": "Autre titre", "fr.description": "Autre description.", "version.fr": "1" },
    });
    expect(third).toMatchObject({ ok: true, changed: 1 });
    expect(
      await db.commitmentTranslation.findUniqueOrThrow({
        where: { commitmentId_locale: { commitmentId: commitment.id, locale: "fr" } },
      }),
    ).toMatchObject({ title: "Autre titre", version: 2 });
    const removed = await saveTranslations(secretariat, {
      kind: "commitment",
      id: commitment.id,
      values: { "version.fr": "2" },
    });
    expect(removed).toMatchObject({ ok: true, changed: 1 });
    expect(await db.commitmentTranslation.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });

  it("answers not found for an unknown kind or record", async () => {
    expect(await saveTranslations(secretariat, { kind: "user", id: member.id, values: {} })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await saveTranslations(secretariat, { kind: "theme", id: crypto.randomUUID(), values: {} })).toEqual({
      ok: false,
      error: "not_found",
    });
  });
});
