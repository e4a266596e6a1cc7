import { describe, expect, it } from "vitest";
import { invitationEmail } from "./invitation";
import { passwordResetEmail } from "./password-reset";
import { signInLinkEmail } from "./sign-in-link";

const EXPIRES = new Date("2026-03-08T12:00:00Z");

describe("access emails", () => {
  it("write the invitation link out in full in the text, with who, for which member, and when it expires", () => {
    const link = "https://tracker.example.org/invitation/abc";
    const mail = invitationEmail("en", { name: "Amina Diallo", memberName: "Colombia", link, expiresAt: EXPIRES });
    expect(mail.subject).toBe("You are invited to report for Colombia on the WPS Commitments Tracker");
    expect(mail.text).toContain("Dear Amina Diallo,");
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.text).toContain("March 8, 2026 at 12:00 PM UTC");
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
  });

  it("escape every name in the HTML part", () => {
    const mail = invitationEmail("en", {
      name: `<img src=x onerror="alert(1)">`,
      memberName: "Fish & <Chips>",
      link: "https://tracker.example.org/invitation/abc",
      expiresAt: EXPIRES,
    });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("Fish &amp; &lt;Chips&gt;");
  });

  it("say how long a reset link lasts", () => {
    const mail = passwordResetEmail("en", {
      name: "Eszter",
      link: "https://tracker.example.org/reset-password/x",
      expiresAt: EXPIRES,
    });
    expect(mail.subject).toBe("Reset your password for the WPS Commitments Tracker");
    expect(mail.text).toContain("The link expires on March 8, 2026 at 12:00 PM UTC.");
  });

  it("are written in the recipient's language, the page marked with it and its direction", () => {
    const link = "https://tracker.example.org/fr/reset-password/x";
    const fr = passwordResetEmail("fr", { name: "Awa", link, expiresAt: EXPIRES });
    expect(fr.subject).toBe(
      "Réinitialisation de votre mot de passe pour le Suivi des engagements pour les femmes et la paix et la sécurité",
    );
    expect(fr.text).toContain("Ce lien expirera le 8 mars 2026 à 12:00 (UTC).");
    expect(fr.html).toContain('<html lang="fr" dir="ltr">');
    const ar = invitationEmail("ar", { name: "ليلى", memberName: "Jordan", link, expiresAt: EXPIRES });
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.text).toContain("بالتوقيت العالمي المنسق");
  });

  it("say what a sign-in link is for, how long it lasts, and what to do if it was not them", () => {
    const link = "https://tracker.example.org/sign-in/link/abc";
    const mail = signInLinkEmail("en", { name: "Eszter", link, expiresAt: EXPIRES });
    expect(mail.subject).toBe("Your sign-in link for the WPS Commitments Tracker");
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.text).toContain("The link expires on March 8, 2026 at 12:00 PM UTC.");
    expect(mail.text).toContain("If this was not you, someone else knows your password");
  });
});
