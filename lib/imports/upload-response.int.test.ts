// The upload route's body limits: a 50 MB upload is refused from its declared length before its body is read, and a
// body that turns out larger than declared is refused while it is read; both come back to the import page with the
// reason, and no batch is kept.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { db } from "@/lib/db";
import { createSecretariat } from "@/prisma/seed/factories";
import { uploadResponse } from "./upload-response";

const URL = "http://localhost/secretariat/import/upload?kind=commitments";
let secretariat: SessionUser;

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
});

const location = (response: Response) => response.headers.get("location") ?? "";

describe("POST /secretariat/import/upload", () => {
  it("refuses a 50 MB upload from its declared length, without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const request = new Request(URL, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-length": String(50 * 1024 * 1024), "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const response = await uploadResponse(secretariat, request);
    expect(response.status).toBe(303);
    expect(location(response)).toContain("/secretariat/import?kind=commitments&problem=tooLarge");
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a body that is larger than it said, at the limit", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        if (sent > 60 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const request = new Request(URL, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const response = await uploadResponse(secretariat, request);
    expect(location(response)).toContain("problem=tooLarge");
    expect(sent).toBeLessThan(20 * 1024 * 1024);
    expect(await db.importBatch.count({ where: { userId: secretariat.id } })).toBe(0);
  });

  it("sends a file with missing columns back to the import page, naming them", async () => {
    const form = new FormData();
    const csv = "commitment_slug,commitment_title\r\nx,y\r\n";
    form.set("file", new File([csv], "short.csv", { type: "text/csv" }));
    const response = await uploadResponse(secretariat, new Request(URL, { method: "POST", body: form }));
    // Required columns are missing: back to the import page, saying which.
    expect(location(response)).toMatch(/problem=missingColumns&detail=member_slug/);
  });
});
