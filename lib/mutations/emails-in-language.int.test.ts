// A user's language (users.preferred_locale): chosen in the account and audited, then every email to them is in it,
// with links into that language's addresses (/fr/…). The emails really travel over SMTP (lib/testing/mailbox.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { mailbox } from "@/lib/testing/mailbox";
import { createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { notifyReviewOutcome } from "./notify-review-outcome";
import { requestPasswordReset } from "./request-password-reset";
import { setPreferredLocale } from "./set-preferred-locale";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
const { inviteFocalPoint } = await import("./invite-focal-point");

let member: { id: string; name: string };
beforeAll(async () => {
  member = await createMember(db);
});

const randomByte = () => Math.floor(Math.random() * 256);
const clientAddress = () => `100.${64 + Math.floor(Math.random() * 64)}.${randomByte()}.${randomByte()}`;

describe("a user's language", () => {
  it("is one of the six, chosen by the user for their own account only, and audited", async () => {
    const { user } = await createFocalPoint(db, member.id);
    const actor = await sessionUserOf(user.id);
    expect(await setPreferredLocale(actor, "de")).toEqual({ ok: false, error: "invalid" });
    expect(await setPreferredLocale(actor, "fr")).toEqual({ ok: true, locale: "fr" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).preferredLocale).toBe("fr");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.preferred_locale_changed", entityId: user.id },
    });
    expect(audit).toMatchObject({ before: { preferredLocale: null }, after: { preferredLocale: "fr" } });
  });

  it("writes a password reset email in French, with a /fr link, to a French-speaking user", async () => {
    const { user } = await createFocalPoint(db, member.id);
    await setPreferredLocale(await sessionUserOf(user.id), "fr");
    await requestPasswordReset({ email: user.email }, { ip: clientAddress() });
    const mail = await mailbox().waitFor((m) => m.to.includes(user.email));
    expect(mail.subject).toBe(
      "Réinitialisation de votre mot de passe pour le Suivi des engagements pour les femmes et la paix et la sécurité",
    );
    expect(mail.text).toContain("(UTC)");
    expect(mail.text).toMatch(/^https?:\/\/[^/\s]+\/fr\/reset-password\/[A-Za-z0-9_-]{43}$/m);
  });

  it("writes the invitation in the language the secretariat chose, which becomes the invitee's", async () => {
    session.user = await sessionUserOf((await createSecretariat(db)).user.id);
    const email = `invitee-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
    const result = await inviteFocalPoint(session.user, { email, name: "Ana", memberId: member.id, locale: "es" });
    expect(result.ok).toBe(true);
    const mail = await mailbox().waitFor((m) => m.to.includes(email));
    expect(mail.subject).toContain("Seguimiento de los compromisos");
    expect(mail.text).toMatch(/^https?:\/\/[^/\s]+\/es\/invitation\/[A-Za-z0-9_-]{43}$/m);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).preferredLocale).toBe("es");
  });

  it("writes each focal point's review email in their own language", async () => {
    const { user: french } = await createFocalPoint(db, member.id);
    const { user: english } = await createFocalPoint(db, member.id);
    await setPreferredLocale(await sessionUserOf(french.id), "fr");
    await notifyReviewOutcome({
      kind: "UPDATE_PUBLISHED",
      updateId: crypto.randomUUID(),
      version: 1,
      comment: null,
      commitment: { slug: "train-mediators", title: "Former des médiatrices" },
      member: { id: member.id, name: member.name },
    });
    const toFrench = await mailbox().waitFor((m) => m.to.includes(french.email));
    const toEnglish = await mailbox().waitFor((m) => m.to.includes(english.email));
    expect(toFrench.subject).toBe("Votre rapport sur « Former des médiatrices » a été publié");
    expect(toFrench.text).toMatch(/\/fr\/commitments\/train-mediators/);
    expect(toEnglish.text).toMatch(/[^/]\/commitments\/train-mediators/);
    expect(toEnglish.text).not.toContain("/fr/");
  });
});
