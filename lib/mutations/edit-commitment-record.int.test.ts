// The secretariat's record form of a commitment (decision 0012): kind, addressees, editorial note, co-members and
// adoption, validated and audited in one transaction; whatever is refused changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createMember, createPublishedUpdate, createSecretariat } from "@/prisma/seed/factories";
import { editCommitmentRecord } from "./edit-commitment-record";

let secretariat: SessionUser;
let lead: { id: string };
let partner: { id: string };

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  lead = await createMember(db);
  partner = await createMember(db);
});

const input = (commitment: { id: string; version: number }, overrides: Record<string, unknown> = {}) => ({
  commitmentId: commitment.id,
  version: String(commitment.version),
  kind: "PLEDGE",
  addressedTo: [],
  addresseeDetail: "",
  editorialNote: "",
  coMemberIds: [],
  adoptedFromId: "",
  ...overrides,
});

describe("editing a commitment's record", () => {
  it("makes a joint recommendation with an editorial note, and audits before and after", async () => {
    const commitment = await createCommitment(db, lead.id);
    const result = await editCommitmentRecord(
      secretariat,
      input(commitment, {
        kind: "RECOMMENDATION",
        addressedTo: ["NETWORK"],
        editorialNote: "Read as end impunity.",
        coMemberIds: [partner.id],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const saved = await db.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      include: { members: { select: { memberId: true, role: true }, orderBy: { role: "asc" } } },
    });
    expect(saved).toMatchObject({
      kind: "RECOMMENDATION",
      addressedTo: ["NETWORK"],
      editorialNote: "Read as end impunity.",
      version: commitment.version + 1,
      members: [
        { memberId: lead.id, role: "LEAD" },
        { memberId: partner.id, role: "CO_MEMBER" },
      ],
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "commitment.edit_record", entityId: commitment.id },
    });
    expect(audit.before).toMatchObject({ kind: "PLEDGE", coMemberIds: [] });
    expect(audit.after).toMatchObject({ kind: "RECOMMENDATION", coMemberIds: [partner.id] });

    // A pledge takes it up: linked both ways.
    const pledge = await createCommitment(db, partner.id);
    expect(await editCommitmentRecord(secretariat, input(pledge, { adoptedFromId: commitment.id }))).toMatchObject({
      ok: true,
    });
    const adoptions = await db.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      select: { adoptions: { select: { id: true } } },
    });
    expect(adoptions.adoptions).toEqual([{ id: pledge.id }]);
  });

  it("answers in words and writes nothing when the record would be wrong", async () => {
    const reported = await createCommitment(db, lead.id);
    await createPublishedUpdate(db, reported.id);
    const fresh = await db.commitment.findUniqueOrThrow({ where: { id: reported.id } });
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ kind: "RECOMMENDATION" }, { addressedTo: ["addressedTo.required"] }],
      [{ kind: "PRACTICE" }, { kind: ["commitmentKind.hasUpdates"] }],
      [{ addressedTo: ["NETWORK"] }, { addressedTo: ["addressedTo.notACall"] }],
      [{ coMemberIds: [lead.id] }, { coMemberIds: ["coMemberIds.lead"] }],
      [{ adoptedFromId: reported.id }, { adoptedFromId: ["adoptedFromId.notARecommendation"] }],
      [{ kind: "RECOMMENDATION", addressedTo: ["OTHER"] }, { addresseeDetail: ["addresseeDetail.requiredForOther"] }],
    ];
    for (const [overrides, fieldErrors] of cases) {
      expect(await editCommitmentRecord(secretariat, input(fresh, overrides)), JSON.stringify(overrides)).toEqual({
        ok: false,
        error: "invalid",
        fieldErrors,
      });
    }
    expect(await db.commitment.findUniqueOrThrow({ where: { id: reported.id } })).toMatchObject({
      kind: "PLEDGE",
      version: fresh.version,
    });
    expect(await editCommitmentRecord(secretariat, input({ id: fresh.id, version: fresh.version - 1 }))).toEqual({
      ok: false,
      error: "conflict",
    });
  });
});
