// Content in six languages (issue 11, items 5 and 6; decision 0019): the secretariat translates a commitment on its
// translation screen, the French page shows the translation in French, the Spanish page shows the English original
// with its note and lang; the Berlin record's members are named in each language; the explorer finds French words
// in the translation. Only the test's own member and commitment are written.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

test("the secretariat enters a French title; the French page shows it, the Spanish page the original with a note", async ({
  page,
  own,
  secretariat,
}) => {
  const member = await own.member();
  const [commitment] = member.commitments;
  await signIn(page, secretariat);
  await page.goto(`/secretariat/commitments/${commitment!.id}/record`);
  await page.getByRole("link", { name: "Translations into the six languages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(commitment!.title);
  await expect(page.getByText(/5 languages are missing/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A title without its description is refused, naming the field; then both go through.
  await page.getByLabel("Title in French").fill("Former des médiatrices de quillwort");
  await page.getByRole("button", { name: "Save translations" }).click();
  await expect(page.getByRole("link", { name: /Description in French: Enter this too/ })).toBeVisible();
  await page.getByLabel("Description in French").fill("Former des médiatrices dans chaque région.");
  await page.getByRole("button", { name: "Save translations" }).click();
  await expect(page.getByRole("status")).toContainText("Translations saved.");
  await expect(page.getByText(/4 languages are missing/)).toBeVisible();
  await expect(page.getByLabel("Title in French")).toHaveValue("Former des médiatrices de quillwort");

  await page.goto(`/fr/commitments/${commitment!.slug}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText("Former des médiatrices de quillwort");
  await expect(title).toHaveAttribute("lang", "fr");
  await expect(page.getByTestId("original-language-note")).toHaveCount(0);

  await page.goto(`/es/commitments/${commitment!.slug}`);
  await expect(title).toHaveText(commitment!.title);
  await expect(title).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("original-language-note")).toHaveText("Se muestra en el idioma original (inglés).");
  await expectNoAxeViolations(page);

  // The explorer finds the French words (another form of them) in the translation.
  await page.goto(`/fr/commitments?member=${member.slug}&q=${encodeURIComponent("médiatrice")}`);
  await expect(page.getByRole("link", { name: "Former des médiatrices de quillwort" })).toBeVisible();
});

test("the Berlin record names its members and themes in the visitor's language", async ({ page }) => {
  await page.goto("/fr/members/germany");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Allemagne");
  await page.goto("/zh/members/germany");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("德国");
  await page.goto("/ar/themes/localisation");
  const theme = page.getByRole("heading", { level: 1 });
  await expect(theme).toHaveText("التوطين");
  await expect(theme).toHaveAttribute("lang", "ar");
});
