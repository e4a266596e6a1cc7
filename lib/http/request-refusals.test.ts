import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, hasReadablePath, refusalOfPost, refusalResponse } from "./request-refusals";

const APP = "https://tracker.example.org";

function post(path: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}) {
  return new Request(`${APP}${path}`, {
    method: "POST",
    headers: { host: "tracker.example.org", ...init.headers },
    body: init.body,
  });
}

function actionCall(args: string, headers: Record<string, string> = {}) {
  const body = new FormData();
  body.append("1_title", "A title");
  body.append("0", args);
  return post("/secretariat/themes/new", { headers: { "next-action": "7f93dc", origin: APP, ...headers }, body });
}

describe("paths", () => {
  it("refuses a path that is not percent-encoded UTF-8, or that decodes to a NUL", () => {
    for (const path of ["/commitments/%FF", "/commitments/%C3%28", "/members/%ED%A0%80", "/themes/%E0%A4%A", "/x/%00"])
      expect(hasReadablePath(path)).toBe(false);
    for (const path of ["/", "/commitments/germany-1", "/members/c%C3%B4te-d-ivoire", "/api/v1/commitments/%20"])
      expect(hasReadablePath(path)).toBe(true);
  });
});

describe("server action POSTs", () => {
  it("lets through a well-formed action call from this site", async () => {
    expect(await refusalOfPost(actionCall('[{"status":"idle","submission":0},"$K1"]'), APP)).toBeNull();
    expect(await refusalOfPost(actionCall('["$undefined","$K1"]', { origin: APP }), APP)).toBeNull();
  });

  it("refuses another site's page (403), however it names itself", async () => {
    for (const origin of ["https://evil.example", "null", "not a url", "https://tracker.example.org.evil.example"])
      expect(await refusalOfPost(actionCall('[{},"$K1"]', { origin }), APP)).toEqual({
        status: 403,
        reason: "foreignOrigin",
      });
  });

  it("refuses a body over the limit (413) or of unstated length (411)", async () => {
    const tooLarge = post("/workspace", { headers: { "content-length": String(BODY_LIMIT_BYTES + 1) } });
    expect(await refusalOfPost(tooLarge, APP)).toEqual({ status: 413, reason: "tooLarge" });
    const chunked = post("/workspace", { headers: { "transfer-encoding": "chunked" } });
    expect(await refusalOfPost(chunked, APP)).toEqual({ status: 411, reason: "lengthRequired" });
  });

  it("refuses arguments that are not (previous state, form), or not readable at all (400)", async () => {
    for (const args of ['["x","$K1"]', '[{},"y"]', "[{}]", '[{},"$K1",3]', "{{{", '{"a":1}'])
      expect(await refusalOfPost(actionCall(args), APP)).toEqual({ status: 400, reason: "malformed" });
    const text = post("/workspace", {
      headers: { "next-action": "7f93dc", "content-type": "text/plain" },
      body: '["x"]',
    });
    expect(await refusalOfPost(text, APP)).toEqual({ status: 400, reason: "malformed" });
  });

  it("checks a form posted without JavaScript: its action reference and bound state", async () => {
    const form = (bound: string, reference = '{"id":"7f93dc","bound":"$@1"}') => {
      const body = new FormData();
      body.append("$ACTION_REF_1", "");
      body.append("$ACTION_1:0", reference);
      body.append("$ACTION_1:1", bound);
      body.append("name", "Theme");
      return post("/secretariat/themes/new", { headers: { origin: APP }, body });
    };
    expect(await refusalOfPost(form('[{"status":"idle","submission":0}]'), APP)).toBeNull();
    expect(await refusalOfPost(form("[1,2,3]"), APP)).toEqual({ status: 400, reason: "malformed" });
    expect(await refusalOfPost(form("[]", '{"id":'), APP)).toEqual({ status: 400, reason: "malformed" });
  });

  it("leaves route handlers' bodies to them (next-auth), checking only where they come from and their size", async () => {
    const signIn = post("/api/auth/callback/credentials", {
      headers: { origin: APP, "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.org&password=x",
    });
    expect(await refusalOfPost(signIn, APP)).toBeNull();
    const foreign = post("/api/auth/callback/credentials", { headers: { origin: "https://evil.example" } });
    expect(await refusalOfPost(foreign, APP)).toEqual({ status: 403, reason: "foreignOrigin" });
  });
});

describe("the refusal", () => {
  it("says what happened in plain words, never stored, with the headers it is given", async () => {
    const response = refusalResponse({ status: 413, reason: "tooLarge" }, { "X-Content-Type-Options": "nosniff" });
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toMatch(/larger than 1 MB.*Nothing was changed/);
  });
});
