// proxy.ts as Next calls it, with the app served over https in production.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

vi.mock("@/lib/env", () => ({ env: { APP_URL: "https://tracker.example.org", NODE_ENV: "production" } }));

const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  new NextRequest(`https://tracker.example.org${path}`, init);

const scriptSources = (policy: string | null) => /script-src ([^;]*)/.exec(policy ?? "")?.[1] ?? "";

describe("proxy", () => {
  it("gives the signed-in areas and the sign-in pages a fresh nonce, and hands it to Next with the request", async () => {
    const nonces = new Set<string>();
    for (const path of ["/workspace", "/secretariat/review", "/account/password", "/sign-in", "/reset-password/x"]) {
      const response = await proxy(request(path));
      const policy = response.headers.get("content-security-policy");
      const scripts = scriptSources(policy);
      expect(scripts).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
      nonces.add(scripts);
      // NextResponse.next({ request: { headers } }): Next reads the nonce from the request's policy header.
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    }
    expect(nonces.size).toBe(5);
  });

  it("leaves public pages their fixed, cacheable policy (next.config.js) and adds HSTS", async () => {
    for (const path of ["/", "/commitments/germany-1", "/api/v1/commitments", "/workspaces"]) {
      const response = await proxy(request(path));
      expect(response.headers.get("content-security-policy")).toBeNull();
      expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=/);
    }
  });

  it("answers a bad address itself, with every security header", async () => {
    const response = await proxy(request("/commitments/%C3%28"));
    expect(response.status).toBe(400);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=/);
    expect(scriptSources(response.headers.get("content-security-policy"))).toBe("'self' 'unsafe-inline'");
    expect(await response.text()).toMatch(/^This address is not valid/);
  });

  it("leaves another site's reads and CORS preflights to the routes (the public API answers any origin)", async () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      const response = await proxy(
        request("/api/v1/commitments", { method, headers: { origin: "https://elsewhere.example" } }),
      );
      expect(response.status, method).toBe(200);
    }
  });

  it("refuses a foreign server-action POST before it reaches an action", async () => {
    const response = await proxy(
      request("/workspace", { method: "POST", headers: { origin: "https://evil.example", "next-action": "7f" } }),
    );
    expect(response.status).toBe(403);
  });

  it("serves the pages in English at their addresses and in the five other languages under a prefix", async () => {
    const english = await proxy(request("/commitments/germany-1?page=2"));
    expect(english.headers.get("x-middleware-rewrite")).toBe(
      "https://tracker.example.org/en/commitments/germany-1?page=2",
    );
    const french = await proxy(request("/fr/commitments/germany-1"));
    expect(french.status).toBe(200);
    expect(french.headers.get("x-middleware-request-x-next-intl-locale")).toBe("fr");
    // No redirect by the browser's language or an old choice: a shared link opens as it was shared.
    const shared = await proxy(request("/", { headers: { "accept-language": "ar", cookie: "NEXT_LOCALE=zh" } }));
    expect(shared.headers.get("location")).toBeNull();
    expect(shared.headers.get("x-middleware-rewrite")).toBe("https://tracker.example.org/en");
    expect(shared.headers.get("set-cookie")).toBeNull();
  });

  it("leaves the API, the probes and files to their routes, outside the languages", async () => {
    for (const path of ["/api/v1/commitments", "/healthz", "/sitemap.xml"]) {
      const response = await proxy(request(path));
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(response.headers.get("x-middleware-request-x-next-intl-locale"), path).toBeNull();
    }
  });

  it("draws a preview image in the language its page asked for, English otherwise, whatever the client claims", async () => {
    const cases = [
      ["/commitments/germany-1/preview.png?locale=fr", "fr"],
      ["/charts/status-overall/image.png?theme=localisation&locale=ar", "ar"],
      ["/preview.png?locale=zh", "zh"],
      ["/members/germany/preview.png", "en"],
      ["/themes/localisation/preview.png?locale=xx", "en"],
    ] as const;
    for (const [path, locale] of cases) {
      const response = await proxy(request(path, { headers: { "x-next-intl-locale": "ru" } }));
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(response.headers.get("x-middleware-request-x-next-intl-locale"), path).toBe(locale);
    }
  });

  it("gives the signed-in areas their nonce in every language", async () => {
    const response = await proxy(request("/ar/secretariat/review"));
    const policy = response.headers.get("content-security-policy");
    expect(scriptSources(policy)).toMatch(/^'self' 'nonce-/);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBe("ar");
  });
});
