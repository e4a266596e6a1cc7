// Forms say what happened where the person is (issue 9): after a post, focus is on the error summary or the
// confirmation, with or without JavaScript; the comment box of the review form says that returning an update needs
// a comment; the update form's header says plainly when no percentage was given. Each test reports on a member,
// commitments and users of its own (e2e/support/fixtures.ts).
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, signedInPage } from "./support/sign-in";

/** The review queue, filtered to one member, and the entry of one commitment in it. */
async function queueItem(page: Page, memberName: string, title: string) {
  await page.goto("/secretariat/review");
  await page.getByLabel("Member").selectOption({ label: memberName });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/member=/);
  return page.getByRole("article").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
}

test("the update form's header says that no percentage was given, rather than “Not reported”", async ({
  page,
  own,
}) => {
  const member = await own.member({ commitments: [{ published: { status: "IN_PROGRESS", percent: null } }] });
  await signIn(page, member.focalPoint);
  await page.goto(`/workspace/commitments/${member.commitments[0]!.slug}/update`);
  const percent = page
    .locator("dt", { hasText: /^Current percent complete$/ })
    .locator("xpath=following-sibling::dd[1]");
  await expect(percent).toHaveText("No percentage given yet");
});

test("returning an update needs a comment: the box says so, and focus follows every post", async ({
  browser,
  own,
  secretariat: secretariatUser,
}) => {
  test.slow();
  const member = await own.member();
  const mandates = member.commitments[0]!;
  const focal = await signedInPage(browser, member.focalPoint);
  await focal.goto(`/workspace/commitments/${mandates.slug}/update`);
  await focal.getByLabel("Implementation status").selectOption("IN_PROGRESS");
  await focal.getByLabel("What was done").fill(`Focus check ${Date.now()}: the mandates were reviewed.`);
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal).toHaveURL(new RegExp(`/workspace\\?submitted=${mandates.slug}$`));
  // The confirmation after the redirect is announced and has the focus.
  await expect(focal.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeFocused();

  const secretariat = await signedInPage(browser, secretariatUser);
  const item = await queueItem(secretariat, member.name, mandates.title);
  const comment = item.getByLabel("Comment for the focal point");
  await expect(comment).toHaveAccessibleName("Comment for the focal point (required to return the update)");
  await expect(comment).toHaveAttribute("required", "");

  await item.getByRole("button", { name: /^Return with comment/ }).click();
  const alert = item.getByRole("alert", { name: "There is 1 problem with what you entered" });
  await expect(alert).toContainText("A returned update needs a comment.");
  await expect(alert).toBeFocused();
  await expect(comment).toHaveAccessibleDescription(/A returned update needs a comment\./);

  await comment.fill("Please say which mandates changed.");
  await item.getByRole("button", { name: /^Return with comment/ }).click();
  await expect(secretariat).toHaveURL(/done=returned/);
  await expect(secretariat.getByRole("status")).toContainText("Update returned");
  await expect(secretariat.getByRole("status")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test("focus is on the error summary after a refused post, and on the confirmation after a redirect", async ({
    browser,
    own,
    secretariat: secretariatUser,
  }) => {
    test.slow();
    const member = await own.member();
    const briefers = member.commitments[0]!;
    const focal = await signedInPage(browser, member.focalPoint, { javaScriptEnabled: false });
    await focal.goto(`/workspace/commitments/${briefers.slug}/update`);
    await focal.getByLabel("Implementation status").selectOption("IN_PROGRESS");
    await focal.getByLabel("What was done").fill("");
    await focal.getByRole("button", { name: "Submit for review" }).click();
    await expect(focal.getByRole("alert", { name: "There is 1 problem with this update" })).toBeFocused();

    await focal.getByLabel("What was done").fill(`No-script focus check ${Date.now()}: two more briefers.`);
    await focal.getByRole("button", { name: "Submit for review" }).click();
    await expect(focal).toHaveURL(new RegExp(`/workspace\\?submitted=${briefers.slug}$`));
    await expect(focal.getByRole("status").filter({ hasText: "Update submitted for review" })).toBeFocused();

    const secretariat = await signedInPage(browser, secretariatUser, { javaScriptEnabled: false });
    const item = await queueItem(secretariat, member.name, briefers.title);
    await item.getByRole("button", { name: /^Return with comment/ }).click();
    const again = secretariat
      .getByRole("article")
      .filter({ has: secretariat.getByRole("heading", { level: 2, name: briefers.title }) });
    await expect(again.getByRole("alert", { name: "There is 1 problem with what you entered" })).toBeFocused();
    await again.getByLabel("Comment for the focal point").fill("Please name the briefers.");
    await again.getByRole("button", { name: /^Return with comment/ }).click();
    await expect(secretariat).toHaveURL(/done=returned/);
    await expect(secretariat.getByRole("status")).toBeFocused();
  });
});
