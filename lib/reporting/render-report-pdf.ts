// A PDF of the printable report page, made by headless Chromium (Debian's, env CHROMIUM_PATH) with page.pdf.
//
// How the headless browser is authenticated, and why this way. The report page is the secretariat's page like any
// other: it authorizes the signed-in user where it reads the data. The PDF route (already authorized, and rate
// limited) hands the headless browser the cookies of the very request it is answering, so the page sees the same
// user and applies the same checks; no second way of signing in exists that could be misused (a report-printing
// token accepted by pages would be one, and would have to be honoured by the layout as well). What keeps the
// forwarded session safe:
//  - the browser runs on this server, in a fresh incognito context that is closed after the one page, so the cookies
//    are never written to disk, logged, or kept;
//  - it only ever goes to APP_URL (the configured public address, never the request's Host header, so the request
//    cannot point it elsewhere), and every request to any other origin is aborted before it is sent: the cookies
//    cannot leave for another site, and nothing the page links to is fetched;
//  - JavaScript is off (the report is server-rendered and needs none), so nothing in the page can act with them;
//  - only the report path is opened, built from a cycle slug and scope validated by the route.
// One PDF is rendered at a time per app instance (Chromium is memory-hungry); the rate limit caps them per user.
import "server-only";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "@/lib/chromium-args";
import { env } from "@/lib/env";

const NAVIGATION_TIMEOUT_MS = 60_000;

export type ForwardedCookie = { name: string; value: string };

/** The cookies of a Cookie request header. */
export function parseCookieHeader(header: string | null): ForwardedCookie[] {
  if (!header) return [];
  return header.split(";").flatMap((part) => {
    const index = part.indexOf("=");
    if (index <= 0) return [];
    const name = part.slice(0, index).trim();
    return name ? [{ name, value: part.slice(index + 1).trim() }] : [];
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Renders `path` (a path on this app, starting with "/") as an A4 PDF, as the owner of `cookies` sees it. */
export function renderReportPdf(path: string, cookies: readonly ForwardedCookie[]): Promise<Buffer> {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error("Only a path on this app can be rendered.");
  const run = queue.then(() => render(path, cookies));
  queue = run.catch(() => undefined);
  return run;
}

async function render(path: string, cookies: readonly ForwardedCookie[]): Promise<Buffer> {
  const origin = new URL(env.APP_URL).origin;
  const browser = await chromium.launch({ executablePath: env.CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      serviceWorkers: "block",
      acceptDownloads: false,
    });
    await context.addCookies(
      cookies.map((cookie) => ({
        ...cookie,
        url: origin,
        httpOnly: true,
        secure: origin.startsWith("https:"),
        sameSite: "Lax" as const,
      })),
    );
    await context.route("**/*", (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    const response = await page.goto(new URL(path, origin).href, { waitUntil: "load", timeout: NAVIGATION_TIMEOUT_MS });
    // A redirect (to sign in) or an error page must never become a PDF that looks like a report.
    if (!response || response.status() !== 200 || new URL(page.url()).pathname !== new URL(path, origin).pathname) {
      throw new Error(`The report page answered ${response?.status() ?? "nothing"} at ${new URL(page.url()).pathname}`);
    }
    await page.emulateMedia({ media: "print" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" },
    });
  } finally {
    await browser.close();
  }
}
