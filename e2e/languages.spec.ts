// The site in its six languages (issue 11; docs/decisions/0018-locale-routing.md): English at the addresses it always
// had and each other language under its prefix, with lang and dir; no redirect of a shared link, an offer of the
// visitor's language instead; a language switcher that keeps the page and remembers the choice; links, redirects,
// sign-in and sign-out that keep the language; no message key ever shown; axe in every language; a French and an
// Arabic journey from a focal point's update to the public page, with Arabic screenshots in the report.
import type { Browser, Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { BERLIN_COMMITMENTS } from "@/prisma/seed/berlin-2018";
import { directionOf, locales, localeNames, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { messages } from "@/lib/i18n/messages";
import { isPagePath } from "@/lib/i18n/page-paths";
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type OwnMember, type TestUser } from "./support/fixtures";
import { signIn, signedInPage } from "./support/sign-in";

const translator = (locale: Locale) => createTranslator({ locale, messages: messages[locale], timeZone: "UTC" });
const BERLIN = BERLIN_COMMITMENTS[0].slug;
/** A message key as next-intl shows one it cannot find ("namespace.key.path"): it must never reach a page. */
const MESSAGE_KEY = new RegExp(`\\b(?:${Object.keys(messages.en).join("|")})\\.[A-Za-z][\\w.-]*\\b`, "g");
/** A download's file name ("assessments.csv") shares a namespace's first word but is not a key. */
const FILE_NAME = /\.(?:csv|json|xlsx|xml|pdf)$/;
const messageKeyIn = (text: string) => text.match(MESSAGE_KEY)?.find((found) => !FILE_NAME.test(found)) ?? null;

async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", directionOf(locale));
}

async function expectNoMessageKeys(page: Page) {
  const text = await page.locator("body").innerText();
  expect(messageKeyIn(text), page.url()).toBeNull();
  expect(messageKeyIn(await page.title())).toBeNull();
}

/** Every link and form on the page to a page of the site stays in `locale` (files, the API and /language aside). */
async function expectLinksInLanguage(page: Page, locale: Locale) {
  const targets = [
    ...(await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!))),
    ...(await page.locator("form[action^='/']").evaluateAll((forms) => forms.map((f) => f.getAttribute("action")!))),
  ];
  const prefix = new RegExp(`^/${locale}(/|$)`);
  const leaving = targets.filter((target) => {
    const pathname = target.split(/[?#]/)[0]!;
    return isPagePath(pathname) && !prefix.test(pathname) && !target.startsWith("/language?");
  });
  expect(leaving, page.url()).toEqual([]);
}

test.describe("each language", () => {
  for (const locale of locales) {
    test(`serves the dashboard and a commitment page in ${locale}, with lang and dir`, async ({ page }) => {
      const t = translator(locale);
      const home = await page.goto(localizedPath(locale, "/"));
      expect(home?.status()).toBe(200);
      await expectLanguage(page, locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("public.dashboard.title"));

      await page.goto(localizedPath(locale, `/commitments/${BERLIN}`));
      await expectLanguage(page, locale);
      await expect(page.getByText(t("public.commitment.statusHeading"), { exact: true }).first()).toBeVisible();

      // The page names itself in every language and English as the default.
      const base = new URL(page.url()).origin;
      const alternate = (hreflang: string) => page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`);
      for (const other of locales) {
        await expect(alternate(other)).toHaveAttribute(
          "href",
          `${base}${localizedPath(other, `/commitments/${BERLIN}`)}`,
        );
      }
      await expect(alternate("x-default")).toHaveAttribute("href", `${base}/commitments/${BERLIN}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        "href",
        `${base}${localizedPath(locale, `/commitments/${BERLIN}`)}`,
      );
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", new RegExp(`^${locale}_`));
    });
  }
});

test("English stays at today's addresses: /en/... leads there, /fr/... is French", async ({ page }) => {
  await page.goto("/en/commitments");
  await expect(page).toHaveURL(/\/commitments$/);
  await expectLanguage(page, "en");
  const unknown = await page.goto("/fr/no-such-page");
  expect(unknown?.status()).toBe(404);
  await expectLanguage(page, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator("fr")("common.errors.notFoundTitle"));
});

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("is not redirected: the home page offers French, remembers the choice, and can be told no", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()).toBeNull();
    await expect(page).toHaveURL(/\/$/);
    await expectLanguage(page, "en");
    const offer = page.getByRole("complementary", { name: "Langue" });
    await expect(offer).toContainText("Ce site existe en français");
    await expect(offer).toHaveAttribute("lang", "fr");

    await offer.getByRole("link", { name: "Lire en français" }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await expectLanguage(page, "fr");
    expect((await page.context().cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("fr");

    // Back at the English address, the remembered choice is offered; dismissed, English is remembered.
    await page.goto("/");
    await page.getByRole("complementary", { name: "Langue" }).getByRole("button", { name: "Fermer" }).click();
    await expect(page.getByRole("complementary", { name: "Langue" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Langue" })).toHaveCount(0);
  });
});

test("an English browser gets no offer", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.locator("aside[lang]")).toHaveCount(0);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("the language switcher keeps the page and its query, names each language in itself", async ({ page }) => {
      await page.goto("/commitments?q=training&page=1");
      const switcher = page.getByRole("navigation", { name: "Language" });
      for (const locale of locales) {
        const name = switcher.getByText(localeNames[locale], { exact: true });
        await expect(name).toHaveAttribute("lang", locale);
      }
      await expect(switcher.getByText("English", { exact: true })).toHaveAttribute("aria-current", "true");
      await switcher.getByRole("link", { name: "Русский" }).click();
      await expect(page).toHaveURL(/\/ru\/commitments\?q=training&page=1$/);
      await expectLanguage(page, "ru");
      await page
        .getByRole("navigation", { name: translator("ru")("language.switcher.label") })
        .getByRole("link", { name: "English" })
        .click();
      await expect(page).toHaveURL(/\/commitments\?q=training&page=1$/);
      await expectLanguage(page, "en");
    });
  });
}

test("links on a French page stay in French, and no page shows a message key in any language", async ({ page }) => {
  test.setTimeout(240_000); // 42 pages
  const pages = ["/", "/commitments", `/commitments/${BERLIN}`, "/members", "/themes", "/data", "/api/docs"];
  for (const locale of locales) {
    for (const path of pages) {
      const response = await page.goto(localizedPath(locale, path));
      expect(response?.status(), `${locale} ${path}`).toBe(200);
      await expectNoMessageKeys(page);
      if (locale === "fr") await expectLinksInLanguage(page, "fr");
    }
  }
});

test("the sitemap lists every page in each language with its alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemaps/pages.xml")).text();
  const base = new URL(test.info().project.use.baseURL!).origin;
  for (const locale of locales) expect(xml).toContain(`<loc>${base}${localizedPath(locale, "/commitments")}</loc>`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${base}/ar/commitments"/>`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${base}/commitments"/>`);
});

test.describe("accessibility in every language (WCAG 2.2 AA)", () => {
  for (const locale of locales) {
    test(`public pages, the workspace and the console in ${locale}`, async ({ page, browser, own, secretariat }) => {
      test.setTimeout(240_000);
      for (const path of ["/", "/commitments", `/commitments/${BERLIN}`, "/members", "/themes"]) {
        await page.goto(localizedPath(locale, path));
        await expectLanguage(page, locale);
        if (locale !== "en") await expectLinksInLanguage(page, locale);
        await expectNoAxeViolations(page);
      }
      const member = await own.member();
      await signIn(page, member.focalPoint);
      for (const path of ["/workspace", `/workspace/commitments/${member.commitments[0]!.slug}/update`]) {
        await page.goto(localizedPath(locale, path));
        await expectLanguage(page, locale);
        if (locale !== "en") await expectLinksInLanguage(page, locale);
        await expectNoAxeViolations(page);
      }
      const desk = await signedInPage(browser, secretariat);
      for (const path of ["/secretariat", "/secretariat/review", "/secretariat/commitments"]) {
        await desk.goto(localizedPath(locale, path));
        await expectLanguage(desk, locale);
        await expectNoMessageKeys(desk);
        if (locale !== "en") await expectLinksInLanguage(desk, locale);
        await expectNoAxeViolations(desk);
      }
    });
  }
});

/**
 * The journey of an update in one language: the focal point signs in through the form and reports, the secretariat
 * publishes from its queue, and the public page shows it, every step in `locale`.
 */
async function journey(locale: Locale, browser: Browser, member: OwnMember, secretariatUser: TestUser) {
  const t = translator(locale);
  const commitment = member.commitments[0]!;
  const narrative = `${locale} ${Date.now()}: ${t("workspace.update.fields.narrative.label")}.`;

  const focal = await (await browser.newContext()).newPage();
  await focal.goto(localizedPath(locale, "/workspace"));
  await expect(focal).toHaveURL(new RegExp(`^[^?]*${localizedPath(locale, "/sign-in")}\\?`));
  await expectLanguage(focal, locale);
  await focal.getByLabel(t("auth.signIn.email")).fill(member.focalPoint.email);
  await focal.getByLabel(t("auth.signIn.password"), { exact: true }).fill(member.focalPoint.password);
  await focal.getByRole("button", { name: t("auth.signIn.submit") }).click();
  await expect(focal).toHaveURL(new RegExp(`${localizedPath(locale, "/workspace")}$`));

  await focal.goto(localizedPath(locale, `/workspace/commitments/${commitment.slug}/update`));
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText(t("workspace.update.title"));
  await focal.getByLabel(t("workspace.update.fields.status.label")).selectOption("IN_PROGRESS");
  await focal.getByLabel(t("workspace.update.fields.percentComplete.label")).fill("40");
  await focal.getByLabel(t("workspace.update.fields.narrative.label")).fill(narrative);
  await focal.getByRole("button", { name: t("workspace.update.submit") }).click();
  await expect(focal).toHaveURL(new RegExp(`${localizedPath(locale, "/workspace")}\\?submitted=${commitment.slug}$`), {
    timeout: 30_000,
  });

  const desk = await signedInPage(browser, secretariatUser);
  // The fixture wrote the member behind the app's back: saving it through the app puts it on the public record.
  await desk.goto(localizedPath(locale, `/secretariat/members/${member.id}`));
  await desk.getByRole("button", { name: t("register.members.save") }).click();
  await expect(desk).toHaveURL(new RegExp(`${localizedPath(locale, "/secretariat/members")}\\?.*done=memberSaved`));
  await desk.goto(localizedPath(locale, "/secretariat/review"));
  await desk.getByLabel(t("review.filters.member")).selectOption({ label: member.name });
  await desk.getByRole("button", { name: t("review.filters.apply") }).click();
  await expect(desk).toHaveURL(new RegExp(`${localizedPath(locale, "/secretariat/review")}\\?.*member=`));
  await desk
    .getByRole("button", { name: t("review.decision.publishOn", { title: isolate(commitment.title) }) })
    .click();
  await expect(desk).toHaveURL(new RegExp(`${localizedPath(locale, "/secretariat/review")}\\?.*done=published`));
  await expectLanguage(desk, locale);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(localizedPath(locale, `/commitments/${commitment.slug}`));
  await expectLanguage(visitor, locale);
  await expect(visitor.getByText(narrative)).toBeVisible();
  return { focal, visitor, commitment };
}

test("a French journey: sign in, report, publish, read it on the public page, sign out, all in French", async ({
  browser,
  own,
  secretariat,
}) => {
  test.setTimeout(120_000);
  const { focal } = await journey("fr", browser, await own.member(), secretariat);
  await focal.goto("/fr/workspace");
  await focal.getByRole("button", { name: translator("fr")("common.nav.signOut") }).click();
  await expect(focal).toHaveURL(/\/fr$/);
  await expectLanguage(focal, "fr");
});

test("an Arabic journey, mirrored, with screenshots of the dashboard, a commitment page and the update form", async ({
  browser,
  own,
  secretariat,
}, testInfo) => {
  test.setTimeout(120_000);
  const member = await own.member();
  const { focal, visitor, commitment } = await journey("ar", browser, member, secretariat);
  await testInfo.attach("ar-commitment.png", {
    body: await visitor.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  await visitor.goto("/ar");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await visitor.waitForLoadState("networkidle");
  await testInfo.attach("ar-dashboard.png", {
    body: await visitor.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  // Mirrored: the header's first item (the site's name) sits at the right edge, where English has it at the left.
  const width = visitor.viewportSize()!.width;
  const appName = translator("ar")("common.appName");
  const siteName = visitor.getByRole("banner").getByRole("link", { name: appName, exact: true }).first();
  const arabic = (await siteName.boundingBox())!;
  expect(arabic.x + arabic.width).toBeGreaterThan(width - 80);
  await visitor.goto("/");
  const english = (await visitor
    .getByRole("banner")
    .getByRole("link", { name: translator("en")("common.appName"), exact: true })
    .first()
    .boundingBox())!;
  expect(english.x).toBeLessThan(80);

  await focal.goto(`/ar/workspace/commitments/${commitment.slug}/update`);
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText(translator("ar")("workspace.update.title"));
  await testInfo.attach("ar-update-form.png", {
    body: await focal.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
});
