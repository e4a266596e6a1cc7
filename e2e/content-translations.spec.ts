// Content in six languages (issue 11, items 5 and 6; decision 0020): the secretariat translates a commitment on its
// translation screen (refused while half filled, then saved), the page keeps the original and its lang, and the
// explorer finds French words in the translation; the French and Spanish pages show the translation or the original
// with a note. Only the test's own member and commitment are written.
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

test("the secretariat enters a French title and description on the translation screen; the explorer finds them", async ({
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

  // The English page shows the English original, in English, with no note.
  await page.goto(`/commitments/${commitment!.slug}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(commitment!.title);
  await expect(title).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("original-language-note")).toHaveCount(0);

  // The French page shows the translation, marked French; the Spanish page, with no Spanish, shows the original in
  // English with its lang and says so in Spanish.
  await page.goto(`/fr/commitments/${commitment!.slug}`);
  await expect(title).toHaveText("Former des médiatrices de quillwort");
  await expect(title).toHaveAttribute("lang", "fr");
  await expect(page.getByTestId("original-language-note")).toHaveCount(0);
  await page.goto(`/es/commitments/${commitment!.slug}`);
  await expect(title).toHaveText(commitment!.title);
  await expect(title).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("original-language-note").first()).toHaveText(
    "Se muestra en el idioma original (inglés).",
  );

  // The Berlin record's members carry their UN names in each language.
  await page.goto("/fr/members/germany");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Allemagne");

  // The explorer finds another form of the French words, in the translation.
  await page.goto(`/commitments?member=${member.slug}&q=${encodeURIComponent("médiatrice")}`);
  await expect(page.getByRole("link", { name: commitment!.title })).toBeVisible();
});
