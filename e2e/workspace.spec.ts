// The focal point's workspace (issue 4): see what is due, save a draft and come back to it, submit it for review
// (it is not public until the secretariat publishes it), do the same without JavaScript, never execute what people
// type, and never let two people silently overwrite each other. Each test works on a member, commitments and focal
// point of its own (e2e/support/fixtures.ts).
import { isolate } from "@/lib/i18n/isolate";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signIn, signedInPage } from "./support/sign-in";

const run = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

test("a focal point saves a draft, resumes it after a reload, and submits it for review; the public page does not show it yet", async ({
  page,
  own,
}) => {
  const member = await own.member();
  const { slug } = member.commitments[0]!;
  const narrative = `Draft ${run()}: the Gender Champions network met in Bogotá.`;
  await signIn(page, member.focalPoint);
  await page.goto("/workspace");
  await expect(page.getByRole("heading", { level: 1, name: "My commitments" })).toBeVisible();
  const table = page.getByRole("table", { name: `Commitments of ${member.name}` });
  await expect(table).toBeVisible();
  await expectNoAxeViolations(page);

  await table.locator(`a[href="/workspace/commitments/${slug}/update"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report progress" })).toBeVisible();
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await page.getByLabel("Percent complete").fill("20");
  await page.getByLabel("What was done").fill(narrative);
  await page.getByLabel("Web address of link 1").fill("https://www.example.org/champions-report");
  await page.getByLabel("Title of link 1").fill("Champions report");
  await page.getByRole("checkbox", { name: "Funding" }).check();
  await page.getByLabel("About the funding barrier").fill("The budget line arrived late.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Another day: the draft is there, as typed.
  await page.reload();
  await expect(page.getByText(/You are continuing your draft, last saved/)).toBeVisible();
  await expect(page.getByLabel("What was done")).toHaveValue(narrative);
  await expect(page.getByLabel("Percent complete")).toHaveValue("20");
  await expect(page.getByLabel("Title of link 1")).toHaveValue("Champions report");
  await expect(page.getByRole("checkbox", { name: "Funding" })).toBeChecked();

  // Autosave (once JavaScript has taken over the form): typing is saved after a pause, and announced.
  await expect(page.locator('form[data-autosave="on"]')).toHaveCount(1);
  await page.getByLabel("What was done").fill(`${narrative} More to follow.`);
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Draft saved at \d{2}:\d{2}/, { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel("What was done")).toHaveValue(`${narrative} More to follow.`);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`));
  await expect(page.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/workspace/commitments/${slug}"]`) });
  await expect(row).toContainText("Waiting for review");

  await page.goto(`/workspace/commitments/${slug}`);
  const history = page.getByRole("region", { name: "Update history" });
  await expect(history.getByRole("article").first()).toContainText("Submitted for review");
  await expect(history).toContainText(`${narrative} More to follow.`);
  await expectNoAxeViolations(page);

  // Not public until the secretariat publishes it.
  await page.goto(`/commitments/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(narrative)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a focal point signs in, sees what is due and submits an update with plain form posts", async ({
    page,
    own,
  }) => {
    const member = await own.member({
      commitments: [{}, { published: { status: "SUBSTANTIALLY_COMPLETE", percent: 75 } }, {}, {}],
    });
    const { slug } = member.commitments[1]!;
    await signIn(page, member.focalPoint);
    await page.goto("/workspace");
    const table = page.getByRole("table", { name: `Commitments of ${member.name}` });
    // Each approved commitment, with what it needs this cycle in words.
    await expect(table.getByRole("rowheader")).toHaveCount(member.commitments.length);
    await expect(table).toContainText(/Report due|Report overdue|Waiting for review|Reported this cycle/);

    await table.locator(`a[href="/workspace/commitments/${slug}/update"]`).click();
    await expect(page.getByRole("heading", { level: 1, name: "Report progress" })).toBeVisible();
    // Prefilled from the last published report.
    await expect(page.getByLabel("Implementation status")).toHaveValue("SUBSTANTIALLY_COMPLETE");
    await page.getByLabel("Percent complete").fill("85");
    await page.getByLabel("What was done").fill("");
    await page.getByRole("button", { name: "Submit for review" }).click();
    // The server answers with the same page: the error, and what was typed.
    await expect(page.getByRole("alert", { name: "There is 1 problem with this update" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Describe what was done." })).toHaveAttribute("href", "#narrative");
    await expect(page.getByLabel("Percent complete")).toHaveValue("85");

    const narrative = `Without JavaScript ${run()}: the Group of Friends met in New York.`;
    await page.getByLabel("What was done").fill(narrative);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page).toHaveURL(new RegExp(`/workspace\\?submitted=${slug}$`));
    await expect(page.getByText("Update submitted for review")).toBeVisible();

    await page.goto(`/commitments/${slug}`);
    await expect(page.getByText(narrative)).toHaveCount(0);
  });
});

test("nothing people type is ever executed: script and javascript: payloads in every field", async ({ page, own }) => {
  const SCRIPT = "<script>window.__pwned=1</script>";
  const IMG = `<img src=x onerror="window.__pwned=1">`;
  const JS_URL = "javascript:alert(1)";
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const expectNothingRan = async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  };

  const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: 15 } }] });
  const { slug } = member.commitments[0]!;
  await signIn(page, member.focalPoint);
  await page.goto(`/workspace/commitments/${slug}/update`);
  await page.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await page.getByLabel("What was done").fill(`${SCRIPT} ${IMG} ${JS_URL}`);
  await page.getByLabel("Web address of link 1").fill(JS_URL);
  await page.getByLabel("Title of link 1").fill(IMG);
  await page.getByRole("checkbox", { name: "Political" }).check();
  await page.getByLabel("About the political barrier").fill(`${SCRIPT}${IMG}${JS_URL}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  // The javascript: address is refused, and everything typed comes back as text.
  await expect(page.getByRole("alert", { name: "There is 1 problem with this update" })).toBeVisible();
  await expect(page.getByLabel("Web address of link 1")).toHaveValue(JS_URL);
  await expectNothingRan();

  await page.getByLabel("Web address of link 1").fill("https://www.example.org/doctrine");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" }).first()).toBeVisible();
  await expectNothingRan();

  // A proposal with the payloads in every text field.
  await page.goto("/workspace/proposals/new");
  await page.getByLabel("Title").fill(`${SCRIPT} ${run()}`);
  await page.getByLabel("Description").fill(`${IMG} ${JS_URL}`);
  await page.getByRole("checkbox", { name: "Localisation" }).check();
  await page.getByRole("checkbox", { name: "Prevention" }).check();
  await page.getByLabel("Milestone 1", { exact: true }).fill(IMG);
  await page.getByLabel("What is measured").fill(SCRIPT);
  await page.getByLabel("Unit").fill(IMG);
  await page.getByLabel("Meeting where it was pledged").selectOption(member.meetingId);
  await page.getByRole("button", { name: "Send the proposal" }).click();
  await expect(page).toHaveURL(/\/workspace\?proposed=/);
  await expectNothingRan();

  // Every page that shows them.
  const proposalHref = await page
    .getByRole("table", { name: new RegExp(`^Proposals of ${member.name}`) })
    .getByRole("link", { name: /window.__pwned/ })
    .first()
    .getAttribute("href");
  for (const path of [
    "/workspace",
    `/workspace/commitments/${slug}`,
    `/workspace/commitments/${slug}/update`,
    proposalHref!,
    `${proposalHref}/edit`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNothingRan();
  }
  // Shown as text, and no link with a javascript: address anywhere.
  await page.goto(`/workspace/commitments/${slug}`);
  await expect(page.getByRole("region", { name: "Update history" })).toContainText(SCRIPT);
  await expect(page.getByRole("link", { name: IMG })).toHaveAttribute("href", "https://www.example.org/doctrine");
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  await expectNothingRan();
});

test("two people editing the same commitment: the second save is refused, shows what changed, and keeps what they typed", async ({
  browser,
  own,
}) => {
  const { focalPoint, meetingId } = await own.member();
  const first = await signedInPage(browser, focalPoint);
  const second = await signedInPage(browser, focalPoint);
  const title = `Appoint gender advisers in every embassy ${run()}`;

  await first.goto("/workspace/proposals/new");
  await first.getByLabel("Meeting where it was pledged").selectOption(meetingId);
  await first.getByLabel("Title").fill(title);
  await first.getByLabel("Description").fill("Advisers in every embassy by 2030.");
  await first.getByRole("checkbox", { name: "Institutional mechanisms" }).check();
  await first.getByRole("checkbox", { name: "Participation", exact: true }).check();
  await first.getByRole("button", { name: "Send the proposal" }).click();
  await expect(first).toHaveURL(/\/workspace\?proposed=/);
  const href = await first.getByRole("link", { name: `Edit the proposal “${isolate(title)}”` }).getAttribute("href");

  // Both open the form; the first saves.
  await Promise.all([first.goto(href!), second.goto(href!)]);
  await first.getByLabel("Description").fill("Advisers in every embassy by 2029, starting with Geneva.");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first).toHaveURL(/\?edited=1$/);

  // The second, still showing the old version, saves: refused, with both values side by side.
  const mine = "Advisers in twenty embassies by 2030.";
  await second.getByLabel("Description").fill(mine);
  await second.getByLabel("Target date").fill("2030-12-31");
  await second.getByRole("button", { name: "Save changes" }).click();
  const alert = second.getByRole("alert", { name: "Not saved: someone else changed this commitment" });
  await expect(alert).toBeVisible();
  const row = alert.getByRole("row", { name: /^Description/ });
  await expect(row).toContainText("Advisers in every embassy by 2029, starting with Geneva.");
  await expect(row).toContainText(mine);
  await expect(second.getByLabel("Description")).toHaveValue(mine);
  await expect(second.getByLabel("Target date")).toHaveValue("2030-12-31");
  await expectNoAxeViolations(second);

  // Having seen it, they save again on purpose: it goes through.
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second).toHaveURL(/\?edited=1$/);
  await expect(second.getByText(mine)).toBeVisible();
  await first.context().close();
  await second.context().close();
});
