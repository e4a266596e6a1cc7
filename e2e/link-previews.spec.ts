// What a shared link looks like: a commitment, a member, the dashboard with filters and a chart shared from it each
// carry Open Graph and Twitter card tags with an image that answers (a PNG of the size the networks show large);
// robots.txt names the sitemap, which is valid XML and lists every public page; the web manifest and icons are served.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

type Preview = { title: string; description: string; image: string; card: string; twitterImage: string };

async function previewOf(page: Page, path: string): Promise<Preview> {
  // Crawlers do not run scripts: the tags are in the <head> of the HTML as sent, whoever asks.
  const html = await (await page.request.get(path)).text();
  expect(html.indexOf('property="og:title"'), "og:title in the <head> as sent").toBeGreaterThan(0);
  expect(html.indexOf('property="og:title"')).toBeLessThan(html.indexOf("</head>"));
  await page.goto(path);
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
  return {
    title: (await meta('property="og:title"')) ?? "",
    description: (await meta('property="og:description"')) ?? "",
    image: (await meta('property="og:image"')) ?? "",
    card: (await meta('name="twitter:card"')) ?? "",
    twitterImage: (await meta('name="twitter:image"')) ?? "",
  };
}

/** The preview is complete, and its image is a PNG of 1200 × 630 that this site serves. */
async function expectCompletePreview(request: APIRequestContext, preview: Preview) {
  expect(preview.title).not.toBe("");
  expect(preview.description.length).toBeGreaterThan(20);
  expect(preview.card).toBe("summary_large_image");
  expect(preview.twitterImage).toBe(preview.image);
  const image = new URL(preview.image);
  expect(image.origin).toBe(new URL(test.info().project.use.baseURL!).origin);
  const response = await request.get(preview.image);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

/** The first link on a list page to a page of that kind ("/members/germany"), with its text. */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<{ path: string; name: string }> {
  await page.goto(listPath);
  const links = await page
    .locator("main a[href]")
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ path: a.getAttribute("href") ?? "", name: a.textContent?.trim() ?? "" })),
    );
  const found = links.find((entry) => pattern.test(entry.path));
  expect(found, `a link matching ${pattern} on ${listPath}`).toBeDefined();
  return found!;
}

test("a commitment's link previews its title, its status and its own card", async ({ page, request }) => {
  const commitment = await firstLink(page, "/commitments", /^\/commitments\/[a-z0-9-]+$/);
  const preview = await previewOf(page, commitment.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(preview.title);
  expect(preview.description).toMatch(/Status: /);
  expect(new URL(preview.image).pathname).toBe(`${commitment.path}/preview.png`);
  await expectCompletePreview(request, preview);
});

test("a member's link previews its name, its commitments by status and its own card", async ({ page, request }) => {
  const member = await firstLink(page, "/members", /^\/members\/[a-z0-9-]+$/);
  const preview = await previewOf(page, member.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(preview.title);
  expect(new URL(preview.image).pathname).toBe(`${member.path}/preview.png`);
  await expectCompletePreview(request, preview);
});

test("the dashboard's link previews the filters it carries, and a chart's link shows that chart", async ({
  page,
  request,
}) => {
  const theme = await firstLink(page, "/themes", /^\/themes\/[a-z0-9-]+$/);
  const slug = theme.path.split("/").pop()!;
  const dashboard = await previewOf(page, `/?theme=${slug}`);
  expect(dashboard.description).toContain(theme.name);
  const overall = new URL(dashboard.image);
  expect(overall.pathname).toBe("/charts/status-overall/image.png");
  expect(overall.searchParams.get("theme")).toBe(slug);
  await expectCompletePreview(request, dashboard);

  // The link a reader copies under a chart.
  const shared = await page
    .locator("#status-by-theme")
    .getByRole("link", { name: "Link to this view" })
    .getAttribute("href");
  const chart = await previewOf(page, shared!);
  expect(chart.title).toContain("Implementation status by theme");
  const image = new URL(chart.image);
  expect(image.pathname).toBe("/charts/status-by-theme/image.png");
  expect(image.searchParams.get("theme")).toBe(slug);
  await expectCompletePreview(request, chart);
});

test("an embedded chart's link previews the chart too", async ({ page, request }) => {
  const preview = await previewOf(page, "/embed/map");
  expect(new URL(preview.image).pathname).toBe("/charts/map/image.png");
  await expectCompletePreview(request, preview);
});

test("a page's preview image is drawn in the page's language, Arabic and Chinese too", async ({ page, request }) => {
  const english = await previewOf(page, "/");
  const french = await previewOf(page, "/fr");
  const image = new URL(french.image);
  expect(image.pathname).toBe(new URL(english.image).pathname);
  expect(image.searchParams.get("locale")).toBe("fr");
  await expectCompletePreview(request, french);
  const [frenchPng, englishPng] = await Promise.all([request.get(french.image), request.get(english.image)]);
  expect(frenchPng.headers()["content-language"]).toBe("fr");
  expect(englishPng.headers()["content-language"]).toBe("en");
  expect((await frenchPng.body()).equals(await englishPng.body())).toBe(false);

  const member = await firstLink(page, "/members", /^\/members\/[a-z0-9-]+$/);
  for (const locale of ["ar", "zh"]) {
    const preview = await previewOf(page, `/${locale}${member.path}`);
    const url = new URL(preview.image);
    expect(url.pathname).toBe(`${member.path}/preview.png`);
    expect(url.searchParams.get("locale")).toBe(locale);
    const response = await request.get(preview.image);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(response.headers()["content-language"]).toBe(locale);
    expect((await response.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
  }
});

test("robots.txt names the sitemap, which is valid XML listing every public page", async ({ page, request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const robotsText = await robots.text();
  const base = new URL(test.info().project.use.baseURL!).origin;
  expect(robotsText).toContain(`Sitemap: ${base}/sitemap.xml`);
  for (const area of ["/secretariat/", "/workspace/", "/account/"]) expect(robotsText).toContain(`Disallow: ${area}`);

  const commitment = await firstLink(page, "/commitments", /^\/commitments\/[a-z0-9-]+$/);
  const member = await firstLink(page, "/members", /^\/members\/[a-z0-9-]+$/);
  const theme = await firstLink(page, "/themes", /^\/themes\/[a-z0-9-]+$/);

  const index = await xmlLocs(page, request, "/sitemap.xml", "sitemapindex");
  expect(index.length).toBeGreaterThanOrEqual(3);
  const listed: string[] = [];
  for (const file of index) listed.push(...(await xmlLocs(page, request, file, "urlset")));
  for (const path of ["/", "/commitments", "/members", "/themes", "/data", "/api/docs"]) {
    expect(listed).toContain(`${base}${path}`);
  }
  for (const { path } of [commitment, member, theme]) expect(listed).toContain(`${base}${path}`);
  const areas = /^\/(secretariat|workspace|account|sign-in|embed)(\/|$)/;
  expect(listed.filter((url) => areas.test(new URL(url).pathname))).toEqual([]);
  expect(new Set(listed).size).toBe(listed.length);
});

/** The <loc> values of an XML sitemap (or index), which must parse as XML with the expected root element. */
async function xmlLocs(page: Page, request: APIRequestContext, url: string, root: string): Promise<string[]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
  const xml = await response.text();
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "application/xml");
    const error = document.querySelector("parsererror")?.textContent ?? null;
    return {
      error,
      root: document.documentElement.localName,
      namespace: document.documentElement.namespaceURI,
      locs: [...document.getElementsByTagName("loc")].map((loc) => loc.textContent ?? ""),
    };
  }, xml);
  expect(parsed.error, url).toBeNull();
  expect(parsed.root).toBe(root);
  expect(parsed.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return parsed.locs;
}

test("the web manifest, the icons and the favicon are served", async ({ page, request }) => {
  await page.goto("/");
  const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
  const manifest = await request.get(manifestHref!);
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { name: string; icons: { src: string; type: string }[] };
  expect(body.name).toBe("WPS Commitments Tracker");
  const linked = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  for (const src of [...body.icons.map((icon) => icon.src), ...linked, "/favicon.ico"]) {
    const icon = await request.get(src);
    expect(icon.status(), src).toBe(200);
    expect(icon.headers()["content-type"], src).toMatch(/^image\//);
  }
});
