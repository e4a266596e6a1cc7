// Open data (user story: a researcher takes the numbers away). The API documentation and the downloads page render
// and pass axe (WCAG 2.2 AA); the OpenAPI document is valid JSON for OpenAPI 3.1 and lists every endpoint; a CSV
// downloads from the page; the API answers any origin (CORS).
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

test("the API documentation lists every endpoint with an example, and passes axe", async ({ page }) => {
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Open data API" })).toBeVisible();
  for (const path of [
    "/commitments",
    "/commitments/{slug}",
    "/members",
    "/members/{slug}",
    "/themes",
    "/meetings",
    "/updates",
  ]) {
    await expect(
      page.getByRole("heading", { level: 3, name: new RegExp(`^GET ${path.replace(/[{}]/g, "\\$&")} · `) }),
    ).toBeVisible();
  }
  await expect(page.locator("#problem-invalid-parameters")).toBeAttached();
  await expect(page.getByRole("heading", { name: "Licence" })).toBeVisible();
  await expect(page.getByRole("link", { name: "commitments.csv" })).toBeVisible();
  await page.getByText("Example response").first().click();
  await expectNoAxeViolations(page);
});

test("the open data page shows the downloads, the data dictionary and the licence, and passes axe", async ({
  page,
}) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Columns of commitments.csv" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "commitment_slug" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the licence" })).toHaveAttribute("href", /creativecommons\.org/);
  await expectNoAxeViolations(page);
});

test("the OpenAPI document is OpenAPI 3.1 JSON and describes every endpoint", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const document = JSON.parse(await response.text()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      "/commitments",
      "/commitments/{slug}",
      "/members",
      "/members/{slug}",
      "/themes",
      "/meetings",
      "/updates",
    ]),
  );
});

test("a CSV downloads from the open data page, with the documented header", async ({ page }) => {
  await page.goto("/data");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "themes.csv" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wps-open-data-themes-\d{4}-\d{2}-\d{2}\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const [header, ...rows] = Buffer.concat(chunks).toString("utf8").trimEnd().split("\r\n");
  expect(header?.startsWith("theme_slug,theme_name,")).toBe(true);
  expect(rows.length).toBeGreaterThan(0);
});

test("the API answers any origin: CORS on GET and on the preflight", async ({ request }) => {
  const response = await request.get("/api/v1/commitments?per_page=1", {
    headers: { Origin: "https://elsewhere.example" },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toContain("stale-while-revalidate");

  const preflight = await request.fetch("/api/v1/commitments", {
    method: "OPTIONS",
    headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");

  const invalid = await request.get("/api/v1/commitments?status=nonsense");
  expect(invalid.status()).toBe(400);
  expect(invalid.headers()["content-type"]).toContain("application/problem+json");
  expect(invalid.headers()["access-control-allow-origin"]).toBe("*");
});
