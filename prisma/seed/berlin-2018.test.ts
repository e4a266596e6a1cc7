import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/domain/slug";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import {
  BERLIN_COMMITMENTS as SEEDED,
  type CommitmentSeed,
  BERLIN_MEMBERS,
  BERLIN_ORGANISERS,
  COMMUNIQUE_TITLE,
  THEMES,
} from "./berlin-2018";

/** The communiqué's verbs for each kind of statement. */
const KIND_WORDING: Record<CommitmentKind, RegExp[]> = {
  PLEDGE: [/\bcommit(?:s|ted|ting|ment)?\b/i, /\bpledged\b/i, /\bexpressed its commitment\b/i],
  RECOMMENDATION: [
    /\binvited\b/i,
    /\bencouraged\b/i,
    /\bcalled on\b/i,
    /\bhighlighted the importance\b/i,
    /\breminded\b/i,
  ],
  PRACTICE: [/\breported on\b/i, /\bas good practices?\b/i, /\bintroduced\b/i, /\bspoke about the value of\b/i],
};
const KINDS = Object.keys(KIND_WORDING) as CommitmentKind[];

/** Read through the seed type, so optional fields are there to read on every item. */
const BERLIN_COMMITMENTS: readonly CommitmentSeed[] = SEEDED;

const communique = fs.readFileSync(path.resolve(import.meta.dirname, "wps-fpn-berlin-2018-communique.txt"), "utf8");

/** The members whose initiatives or recommendations the communiqué reports. */
const REPORTING_MEMBERS = [
  "colombia",
  "ecowas",
  "sweden",
  "ngo-working-group-on-wps",
  "hungary",
  "el-salvador",
  "united-kingdom",
  "norway",
  "germany",
];

/** Misspellings in the communiqué; they belong in excerpts only. */
const DOCUMENT_TYPOS = [
  "implmentaiton",
  "acocuntability",
  "recommendaitons",
  "implementaiton",
  "StrategySupplementary",
  "localisaiton",
  "scivil",
  "operaitons",
  "participaiton",
  "conversaitons",
  "SAWL",
  "leaderhsip",
  "togather",
];

describe("Berlin 2018 seed data", () => {
  it("quotes every source excerpt verbatim from the communiqué", () => {
    for (const commitment of BERLIN_COMMITMENTS) {
      expect(communique, commitment.slug).toContain(commitment.sourceExcerpt);
    }
  });

  it("uses the communiqué's own title as the meeting's source title", () => {
    expect(communique.split("\n")[0]?.trim()).toBe(COMMUNIQUE_TITLE);
  });

  it("gives every reporting member of the communiqué at least one commitment", () => {
    const withCommitments = new Set(BERLIN_COMMITMENTS.flatMap((c) => [c.memberSlug, ...(c.coMemberSlugs ?? [])]));
    for (const member of REPORTING_MEMBERS) expect(withCommitments, member).toContain(member);
  });

  it("attributes no commitment to an organiser the document reports no pledge from", () => {
    for (const commitment of BERLIN_COMMITMENTS) expect(REPORTING_MEMBERS).toContain(commitment.memberSlug);
  });

  it("records Norway and Germany's statement once, as one joint record with an editorial note on impunity", () => {
    const accountability = BERLIN_COMMITMENTS.filter((c) => c.themes.some((t) => t === "accountability-and-justice"));
    expect(accountability).toHaveLength(1);
    expect(accountability[0]).toMatchObject({ memberSlug: "norway", coMemberSlugs: ["germany"] });
    expect(accountability[0]?.editorialNote).toMatch(/"the need to ensure impunity".*end impunity/);
  });

  it("says where the record reads El Salvador's SAWL as SALW", () => {
    const review = BERLIN_COMMITMENTS.find((c) => c.slug === "el-salvador-gender-analysis-in-salw-review");
    expect(review?.editorialNote).toMatch(/"SAWL Review".*\(SALW\)/);
  });

  it("rests each item's kind on its excerpt's own words", () => {
    for (const commitment of BERLIN_COMMITMENTS) {
      const wordsOf = (kind: CommitmentKind) =>
        KIND_WORDING[kind].some((words) => words.test(commitment.sourceExcerpt));
      expect(wordsOf(commitment.kind), `${commitment.slug} is a ${commitment.kind}`).toBe(true);
      // The excerpt is narrow enough that no other kind's wording applies to it.
      for (const other of KINDS.filter((kind) => kind !== commitment.kind)) {
        expect(wordsOf(other), `${commitment.slug} also reads as a ${other}`).toBe(false);
      }
    }
  });

  it("addresses every recommendation and nothing else, and records the NGO Working Group's calls as the Network's to act on", () => {
    for (const commitment of BERLIN_COMMITMENTS) {
      const addressedTo = commitment.addressedTo ?? [];
      expect(addressedTo.length > 0, commitment.slug).toBe(commitment.kind === "RECOMMENDATION");
    }
    const ngo = BERLIN_COMMITMENTS.filter((c) => c.memberSlug === "ngo-working-group-on-wps");
    expect(ngo.map((c) => [c.kind, c.addressedTo ?? []])).toEqual(ngo.map(() => ["RECOMMENDATION", ["NETWORK"]]));
    const uk = BERLIN_COMMITMENTS.filter((c) => c.memberSlug === "united-kingdom");
    expect(uk.map((c) => [c.kind, c.addressedTo ?? []])).toEqual(
      uk.map(() => ["RECOMMENDATION", ["SECURITY_COUNCIL_MEMBERS"]]),
    );
  });

  it("lists the chair, the co-organisers and every reporting member as members", () => {
    const members = new Set(BERLIN_MEMBERS.map((member) => member.slug));
    for (const slug of [...REPORTING_MEMBERS, ...BERLIN_ORGANISERS.map((o) => o.memberSlug)]) {
      expect(members, slug).toContain(slug);
    }
    expect(BERLIN_ORGANISERS.filter((o) => o.role === "CHAIR").map((o) => o.memberSlug)).toEqual(["germany"]);
  });

  it("gives member states an ISO code and a regional group, and other members neither", () => {
    for (const member of BERLIN_MEMBERS) {
      const isState = member.kind === "MEMBER_STATE";
      expect("isoCode" in member && /^[A-Z]{3}$/.test(member.isoCode), member.slug).toBe(isState);
      expect("regionalGroup" in member, member.slug).toBe(isState);
    }
  });

  it("uses unique, well-formed slugs", () => {
    for (const slugs of [THEMES, BERLIN_MEMBERS, BERLIN_COMMITMENTS].map((rows) => rows.map((row) => row.slug))) {
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    }
  });

  it("keeps the document's typos out of titles and descriptions", () => {
    for (const typo of DOCUMENT_TYPOS) expect(communique, typo).toContain(typo);
    for (const commitment of BERLIN_COMMITMENTS) {
      for (const typo of DOCUMENT_TYPOS) {
        expect(commitment.title, commitment.slug).not.toContain(typo);
        expect(commitment.description, commitment.slug).not.toContain(typo);
      }
    }
  });

  it("tags every commitment with one to three known themes and at least one pillar", () => {
    const themes = new Set<string>(THEMES.map((theme) => theme.slug));
    for (const commitment of BERLIN_COMMITMENTS) {
      expect(commitment.themes.length, commitment.slug).toBeGreaterThanOrEqual(1);
      expect(commitment.themes.length, commitment.slug).toBeLessThanOrEqual(3);
      expect(new Set(commitment.themes).size, commitment.slug).toBe(commitment.themes.length);
      for (const theme of commitment.themes) expect(themes, commitment.slug).toContain(theme);
      expect(commitment.pillars.length, commitment.slug).toBeGreaterThanOrEqual(1);
      expect(new Set(commitment.pillars).size, commitment.slug).toBe(commitment.pillars.length);
    }
  });
});
