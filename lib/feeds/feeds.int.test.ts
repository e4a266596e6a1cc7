// The Atom feeds, read through their route handlers against the real database and checked by a feed parser
// (lib/testing/parse-atom.ts): valid Atom, what the secretariat publishes, and each language's words.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { publishUpdate } from "@/lib/mutations/publish-update";
import { reviewAssessment } from "@/lib/mutations/review-assessment";
import { parseAtom } from "@/lib/testing/parse-atom";
import {
  createAccreditedOrganisation,
  createCommitment,
  createMember,
  createSecretariat,
} from "@/prisma/seed/factories";
import * as allFeed from "@/app/feed.xml/route";
import * as commitmentFeed from "@/app/commitments/[slug]/feed.xml/route";
import * as memberFeed from "@/app/members/[slug]/feed.xml/route";
import * as themeFeed from "@/app/themes/[slug]/feed.xml/route";

let secretariat: SessionUser;
let member: { id: string; slug: string; name: string };
let theme: { id: string; slug: string };
let commitment: { id: string; slug: string; title: string };

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  member = await createMember(db, { name: "El Salvador" });
  theme = await db.theme.create({
    data: {
      slug: `feed-theme-${crypto.randomUUID().slice(0, 8)}`,
      name: "Feed theme",
      translations: { create: { locale: "fr", name: "Thème du flux" } },
    },
  });
  commitment = await createCommitment(db, member.id, { themeIds: [theme.id] });
  await db.commitmentTranslation.create({
    data: {
      commitmentId: commitment.id,
      locale: "fr",
      title: "Plan d’action national",
      description: "Adopter un plan.",
    },
  });
});

async function read(
  route: { GET: (request: Request, context: never) => Promise<Response> },
  url: string,
  slug?: string,
) {
  const response = await route.GET(new Request(url), { params: Promise.resolve({ slug }) } as never);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

async function publish(narrative: string) {
  const update = await db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      status: "IN_PROGRESS",
      percentComplete: 40,
      narrative,
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  expect(await publishUpdate(secretariat, { updateId: update.id, version: "1" })).toMatchObject({ ok: true });
}

describe("Atom feeds", () => {
  it("lists a new commitment, then a published update and its change of status, in valid Atom", async () => {
    const before = parseAtom(
      (await read(memberFeed, `http://localhost/members/${member.slug}/feed.xml`, member.slug)).body,
    );
    expect(before.title).toBe("El Salvador: commitments and progress");
    expect(before.entries.map((entry) => entry.title)).toEqual([`New commitment — El Salvador: ${commitment.title}`]);

    await publish("Forty per cent of the plan is funded.");
    const response = await read(memberFeed, `http://localhost/members/${member.slug}/feed.xml`, member.slug);
    expect(response.status).toBe(200);
    expect(response.type).toBe("application/atom+xml; charset=utf-8");
    const feed = parseAtom(response.body);
    expect(feed.lang).toBe("en");
    expect(feed.self).toMatch(new RegExp(`/members/${member.slug}/feed\\.xml$`));
    expect(feed.alternate).toMatch(new RegExp(`/members/${member.slug}$`));
    const update = feed.entries.find((entry) => entry.title.startsWith("Progress update"));
    expect(update).toMatchObject({
      title: `Progress update — El Salvador: ${commitment.title}`,
      author: "El Salvador",
      content: "Status: In progress, 40% complete.\n\nForty per cent of the plan is funded.",
    });
    expect(update!.link).toMatch(new RegExp(`/commitments/${commitment.slug}$`));
    expect(update!.id).toMatch(/^tag:localhost,2026-12-05:update\/[0-9a-f-]{36}\/en$/);
    expect(feed.entries.map((entry) => entry.title)).toContain(`Status reported — ${commitment.title}: In progress`);
    expect(feed.updated).toBe(update!.updated);

    for (const [route, url, slug] of [
      [commitmentFeed, `http://localhost/commitments/${commitment.slug}/feed.xml`, commitment.slug],
      [themeFeed, `http://localhost/themes/${theme.slug}/feed.xml`, theme.slug],
      [allFeed, "http://localhost/feed.xml", undefined],
    ] as const) {
      const other = parseAtom((await read(route, url, slug)).body);
      expect(other.entries.map((entry) => entry.title)).toContain(`Progress update — El Salvador: ${commitment.title}`);
    }
  });

  it("lists a published independent assessment under its organisation's name, never one under review", async () => {
    const organisation = await createAccreditedOrganisation(db, { name: "NGO Working Group on WPS" });
    const assessment = await db.assessment.create({
      data: {
        commitmentId: commitment.id,
        organisationId: organisation.id,
        status: "NOT_STARTED",
        narrative: "No funding has reached the plan yet.",
        periodFrom: new Date("2026-01-01"),
        periodTo: new Date("2026-06-30"),
        reviewState: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    const url = `http://localhost/commitments/${commitment.slug}/feed.xml`;
    const titles = async () => parseAtom((await read(commitmentFeed, url, commitment.slug)).body).entries;
    const title = `Independent assessment — NGO Working Group on WPS: ${commitment.title}`;
    expect((await titles()).map((entry) => entry.title)).not.toContain(title);

    const decision = await reviewAssessment(secretariat, { updateId: assessment.id, version: "1" }, "publish");
    expect(decision).toMatchObject({ ok: true });
    expect((await titles()).find((entry) => entry.title === title)).toMatchObject({
      author: "NGO Working Group on WPS",
      content: "Assessed status: Not started.\n\nNo funding has reached the plan yet.",
    });
  });

  it("speaks French at ?locale=fr, with the French translation of the commitment and links to the French pages", async () => {
    const url = `http://localhost/commitments/${commitment.slug}/feed.xml?locale=fr`;
    const feed = parseAtom((await read(commitmentFeed, url, commitment.slug)).body);
    expect(feed.lang).toBe("fr");
    expect(feed.title).toBe("Plan d’action national : progrès et état d’avancement");
    expect(feed.self).toMatch(/\?locale=fr$/);
    expect(feed.alternate).toMatch(new RegExp(`/fr/commitments/${commitment.slug}$`));
    const titles = feed.entries.map((entry) => entry.title);
    expect(titles).toContain("Nouvel engagement — El Salvador : Plan d’action national");
    expect(titles).toContain("Rapport d’étape — El Salvador : Plan d’action national");
    const update = feed.entries.find((entry) => entry.title.startsWith("Rapport d’étape"))!;
    expect(update.content).toMatch(/^État d’avancement : En cours, réalisé à 40\s%\./);
    // The narrative stays in the language it was written in, and says so.
    expect(update.contentLang).toBe("en");
    expect(update.link).toMatch(new RegExp(`/fr/commitments/${commitment.slug}$`));

    const themeUrl = `http://localhost/themes/${theme.slug}/feed.xml?locale=fr`;
    const themed = parseAtom((await read(themeFeed, themeUrl, theme.slug)).body);
    expect(themed.title).toBe("Thème du flux : engagements et progrès");
  });

  it("answers 404 for what the public cannot see", async () => {
    const proposed = await createCommitment(db, member.id, { approval: "PROPOSED" });
    expect((await read(commitmentFeed, "http://localhost/x", proposed.slug)).status).toBe(404);
    expect((await read(memberFeed, "http://localhost/x", "no-such-member")).status).toBe(404);
  });
});
