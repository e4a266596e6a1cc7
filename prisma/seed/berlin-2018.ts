// The real data of the Network's first record: the Berlin capital-level meeting of 9–10 April 2018, as reported in
// the joint communiqué (prisma/seed/wps-fpn-berlin-2018-communique.txt, a verbatim copy of the source document). Titles and descriptions use clean
// spelling; `sourceExcerpt` keeps the document's own words, typos included, and a unit test holds it to that.
//
// Enum values are written as string literals with type-only imports, so this module has no runtime dependency on
// the Prisma client and the unit test can load it without a database.
import type { Tx } from "@/lib/db";
import {
  BERLIN_MEMBER_NAMES,
  MEETING_TRANSLATIONS,
  THEME_TRANSLATIONS,
  type MeetingText,
  type MemberNames,
  type ThemeText,
} from "./berlin-2018-translations";
import type {
  Addressee,
  CommitmentKind,
  MemberKind,
  OrganiserRole,
  Pillar,
  RegionalGroup,
} from "@/lib/generated/prisma/enums";

export const THEMES = [
  {
    slug: "participation-in-peace-processes",
    name: "Participation in peace processes",
    description:
      "Women's full, equal and meaningful participation in peace negotiations, mediation and peace operations.",
  },
  {
    slug: "training-and-capacity-building",
    name: "Training and capacity building",
    description: "Gender training and capacity building for peacekeepers, security forces, diplomats and officials.",
  },
  {
    slug: "civil-society-access",
    name: "Civil-society access",
    description: "Civil society's access to decision-making, from briefing the Security Council to shaping mandates.",
  },
  {
    slug: "legal-and-policy-frameworks",
    name: "Legal and policy frameworks",
    description:
      "Laws, action plans, strategies and policies that put the agenda into effect nationally and regionally.",
  },
  {
    slug: "accountability-and-justice",
    name: "Accountability and justice",
    description: "Ending impunity and holding perpetrators to account under national and international law.",
  },
  {
    slug: "peacekeeping-and-security-sector",
    name: "Peacekeeping and security sector",
    description: "Women in peacekeeping, the military and the police, and gender-responsive security institutions.",
  },
  {
    slug: "gender-analysis-and-mainstreaming",
    name: "Gender analysis and mainstreaming",
    description: "Gender analysis built into policy, doctrine, arms control and conflict analysis.",
  },
  {
    slug: "localisation",
    name: "Localisation",
    description: "Implementation led by and with local actors and communities, including local action plans.",
  },
  {
    slug: "institutional-mechanisms",
    name: "Institutional mechanisms",
    description: "Bodies, focal points and networks that carry the agenda inside governments and organisations.",
  },
  {
    slug: "norm-building-and-advocacy",
    name: "Norm building and advocacy",
    description: "Building and defending international norms, and advocating for the agenda in multilateral forums.",
  },
] as const satisfies readonly { slug: string; name: string; description: string }[];

export type ThemeSlug = (typeof THEMES)[number]["slug"];

export type MemberSeed = {
  slug: string;
  name: string;
  shortName?: string;
  kind: MemberKind;
  isoCode?: string;
  regionalGroup?: RegionalGroup;
};

export const BERLIN_MEMBERS = [
  { slug: "germany", name: "Germany", kind: "MEMBER_STATE", isoCode: "DEU", regionalGroup: "WESTERN_EUROPEAN_OTHERS" },
  { slug: "spain", name: "Spain", kind: "MEMBER_STATE", isoCode: "ESP", regionalGroup: "WESTERN_EUROPEAN_OTHERS" },
  { slug: "namibia", name: "Namibia", kind: "MEMBER_STATE", isoCode: "NAM", regionalGroup: "AFRICAN" },
  { slug: "un-women", name: "UN Women", kind: "UN_ENTITY" },
  {
    slug: "colombia",
    name: "Colombia",
    kind: "MEMBER_STATE",
    isoCode: "COL",
    regionalGroup: "LATIN_AMERICAN_CARIBBEAN",
  },
  {
    slug: "ecowas",
    name: "Economic Community of West African States",
    shortName: "ECOWAS",
    kind: "REGIONAL_ORGANISATION",
  },
  { slug: "sweden", name: "Sweden", kind: "MEMBER_STATE", isoCode: "SWE", regionalGroup: "WESTERN_EUROPEAN_OTHERS" },
  {
    slug: "ngo-working-group-on-wps",
    name: "NGO Working Group on Women, Peace and Security",
    shortName: "NGO Working Group on WPS",
    kind: "CIVIL_SOCIETY",
  },
  { slug: "hungary", name: "Hungary", kind: "MEMBER_STATE", isoCode: "HUN", regionalGroup: "EASTERN_EUROPEAN" },
  {
    slug: "el-salvador",
    name: "El Salvador",
    kind: "MEMBER_STATE",
    isoCode: "SLV",
    regionalGroup: "LATIN_AMERICAN_CARIBBEAN",
  },
  {
    slug: "united-kingdom",
    name: "United Kingdom",
    shortName: "UK",
    kind: "MEMBER_STATE",
    isoCode: "GBR",
    regionalGroup: "WESTERN_EUROPEAN_OTHERS",
  },
  { slug: "norway", name: "Norway", kind: "MEMBER_STATE", isoCode: "NOR", regionalGroup: "WESTERN_EUROPEAN_OTHERS" },
] as const satisfies readonly MemberSeed[];

export type BerlinMemberSlug = (typeof BERLIN_MEMBERS)[number]["slug"];

/** The communiqué's first line, word for word. */
export const COMMUNIQUE_TITLE =
  "Meeting Of The Women, Peace And Security Focal Points Network On 9/10 April 2018 - Joint Communiqué By The Focal Points On Women, Peace And Security";

export const BERLIN_MEETING = {
  slug: "berlin-2018",
  title: "Capital-level meeting, Berlin, 9–10 April 2018",
  kind: "CAPITAL_LEVEL",
  city: "Berlin",
  country: "Germany",
  startDate: "2018-04-09",
  endDate: "2018-04-10",
  theme: "Building Alliances to Advance the Women, Peace and Security Agenda",
  sourceTitle: COMMUNIQUE_TITLE,
} as const;

export const NEW_YORK_DEBRIEF = {
  slug: "new-york-debrief-2018",
  title: "Debrief of the Berlin meeting, New York, 24 May 2018",
  kind: "DEBRIEF",
  city: "New York",
  country: "United States",
  startDate: "2018-05-24",
  endDate: "2018-05-24",
  theme: null,
  sourceTitle: COMMUNIQUE_TITLE,
} as const;

export const BERLIN_ORGANISERS = [
  { memberSlug: "germany", role: "CHAIR" },
  { memberSlug: "spain", role: "CO_ORGANISER" },
  { memberSlug: "namibia", role: "CO_ORGANISER" },
  { memberSlug: "un-women", role: "CO_ORGANISER" },
] as const satisfies readonly { memberSlug: BerlinMemberSlug; role: OrganiserRole }[];

export type CommitmentSeed = {
  slug: string;
  /** The lead member: the first named where several spoke together. */
  memberSlug: BerlinMemberSlug;
  coMemberSlugs?: readonly BerlinMemberSlug[];
  /** Rests on the verb of the source excerpt (berlin-2018.test.ts holds each kind to it). */
  kind: CommitmentKind;
  addressedTo?: readonly Addressee[];
  addresseeDetail?: string;
  title: string;
  description: string;
  themes: readonly ThemeSlug[];
  pillars: readonly Pillar[];
  /** The narrowest verbatim passage of the communiqué that carries the item and its kind. */
  sourceExcerpt: string;
  editorialNote?: string;
  targetDate?: string;
};

const EXCERPT = {
  colombiaCommitment: "The representative of Colombia shared their commitment to women's participation",
  colombiaPractice: "the creation of a Gender Sub-Committee, as good practices for the UNSCR1325 implementation",
  colombiaNormBuilding:
    "They also highlighted the importance of the Group of Friends for Gender Parity and Gender Champions for further ensuring practical implementaiton, as well as norm building.",
  ecowas:
    "The representative of ECOWAS introduced several legal framework for implementing the WPS regionally, including the Vision 2020 StrategySupplementary Act relating to Equality of Rights between Men and Women for Sustainable Development in the ECOWAS Region, and Conflict Prevention Protocol.",
  swedenPolicy: "The representative of Sweden spoke about the value of Feminist Foreign Policy",
  swedenTraining: "and encouraged gender training for peacekeepers.",
  ngoWorkingGroup:
    "Speaking on behalf of civil society, Louise Allen of the NGO Working Group on WPS invited the WPS Focal Point Network to use its political strength towards localisaiton of the UNSCR1325 implementaiton, support scivil society engagement in the UN Security Council and in the development of local practices, as well as to ensure women's meaningful participation in peace operaitons and at peace negotiations.",
  hungary:
    "The representative of Hungary reported on its efforts to ensure gender-sensitive training in Kenya and Afghanistan and participaiton of women in peacekeeping missions.",
  elSalvador:
    "The representative of El Salvador expressed its commitment to ensure gender-sensitive analysis in the conversaitons around the SAWL Review in June 2018 and make sure that gender analysis is integrated in its own military doctrine.",
  unitedKingdom:
    "The representative of the UK notably invited other members of the UN Security Council, who are also members of the WPS Focal Point Network, to use their leaderhsip togather to ensure that the number of civil society speakers in the UN Security Council meetings continue to rise and that civil society can be engaged more in the development of mandate and on-the-ground policies.",
  norwayAndGermany:
    "The representatives of Norway and Germany reminded the participants about the need to ensure impunity and accountability under international law and ensure the implementation of Security Council resolutions.",
} as const;

const NGO_WG_INVITED =
  "Speaking for civil society, the NGO Working Group on Women, Peace and Security invited the Focal Points Network to use its political strength";
const UK_INVITED =
  "The United Kingdom invited the other members of the UN Security Council that also belong to the Focal Points Network to use their leadership together";
/** Who a call is addressed to when the communiqué names no one: the people in the room. */
const PARTICIPANTS = "The participants of the meeting: the communiqué names no other addressee.";
const ECOWAS_TWO_FRAMEWORKS =
  'The communiqué runs two frameworks together ("Vision 2020 StrategySupplementary Act"): the record lists the Vision 2020 Strategy and the Supplementary Act separately.';

export const BERLIN_COMMITMENTS = [
  {
    slug: "colombia-womens-participation",
    memberSlug: "colombia",
    kind: "PLEDGE",
    title: "Advance women's participation in implementing UNSCR 1325",
    description:
      "Colombia shared its commitment to women's participation, presenting it as a good practice for implementing Security Council resolution 1325.",
    themes: ["participation-in-peace-processes"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.colombiaCommitment,
  },
  {
    slug: "colombia-gender-sub-committee",
    memberSlug: "colombia",
    kind: "PRACTICE",
    title: "A Gender Sub-Committee",
    description:
      "Colombia shared the creation of a Gender Sub-Committee as a good practice for implementing Security Council resolution 1325.",
    themes: ["institutional-mechanisms", "participation-in-peace-processes"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.colombiaPractice,
  },
  {
    slug: "colombia-group-of-friends-for-gender-parity",
    memberSlug: "colombia",
    kind: "RECOMMENDATION",
    addressedTo: ["NETWORK_MEMBERS"],
    addresseeDetail: PARTICIPANTS,
    title: "The importance of the Group of Friends for Gender Parity",
    description:
      "Colombia highlighted the importance of the Group of Friends for Gender Parity for putting resolution 1325 into practice and for norm building.",
    themes: ["norm-building-and-advocacy", "institutional-mechanisms"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.colombiaNormBuilding,
  },
  {
    slug: "colombia-gender-champions",
    memberSlug: "colombia",
    kind: "RECOMMENDATION",
    addressedTo: ["NETWORK_MEMBERS"],
    addresseeDetail: PARTICIPANTS,
    title: "The importance of Gender Champions",
    description:
      "Colombia highlighted the importance of Gender Champions for putting resolution 1325 into practice and for norm building.",
    themes: ["norm-building-and-advocacy"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.colombiaNormBuilding,
  },
  {
    slug: "ecowas-vision-2020-strategy",
    memberSlug: "ecowas",
    kind: "PRACTICE",
    title: "The ECOWAS Vision 2020 Strategy as a framework for the Women, Peace and Security agenda",
    description:
      "ECOWAS introduced its Vision 2020 Strategy as one of the frameworks through which it implements the Women, Peace and Security agenda in the region.",
    themes: ["legal-and-policy-frameworks"],
    pillars: ["PARTICIPATION", "PREVENTION"],
    sourceExcerpt: EXCERPT.ecowas,
    editorialNote: ECOWAS_TWO_FRAMEWORKS,
  },
  {
    slug: "ecowas-supplementary-act-on-equality-of-rights",
    memberSlug: "ecowas",
    kind: "PRACTICE",
    title: "The Supplementary Act on Equality of Rights between Men and Women",
    description:
      "ECOWAS introduced the Supplementary Act relating to Equality of Rights between Men and Women for Sustainable Development in the ECOWAS Region as a legal framework for implementing the Women, Peace and Security agenda in the region.",
    themes: ["legal-and-policy-frameworks"],
    pillars: ["PARTICIPATION", "PROTECTION"],
    sourceExcerpt: EXCERPT.ecowas,
    editorialNote: ECOWAS_TWO_FRAMEWORKS,
  },
  {
    slug: "ecowas-conflict-prevention-protocol",
    memberSlug: "ecowas",
    kind: "PRACTICE",
    title: "The ECOWAS Conflict Prevention Protocol",
    description:
      "ECOWAS introduced its Conflict Prevention Protocol as a legal framework for implementing the Women, Peace and Security agenda in the region.",
    themes: ["legal-and-policy-frameworks"],
    pillars: ["PREVENTION"],
    sourceExcerpt: EXCERPT.ecowas,
  },
  {
    slug: "sweden-feminist-foreign-policy",
    memberSlug: "sweden",
    kind: "PRACTICE",
    title: "The value of a feminist foreign policy",
    description:
      "Sweden spoke about the value of its feminist foreign policy for advancing the Women, Peace and Security agenda.",
    themes: ["legal-and-policy-frameworks", "norm-building-and-advocacy"],
    pillars: ["PARTICIPATION", "PREVENTION"],
    sourceExcerpt: EXCERPT.swedenPolicy,
  },
  {
    slug: "sweden-gender-training-for-peacekeepers",
    memberSlug: "sweden",
    kind: "RECOMMENDATION",
    addressedTo: ["NETWORK_MEMBERS"],
    addresseeDetail: PARTICIPANTS,
    title: "Gender training for peacekeepers",
    description: "Sweden encouraged gender training for peacekeepers.",
    themes: ["training-and-capacity-building", "peacekeeping-and-security-sector"],
    pillars: ["PROTECTION", "PREVENTION"],
    sourceExcerpt: EXCERPT.swedenTraining,
  },
  ...(
    [
      {
        slug: "ngo-working-group-localisation",
        title: "Localise the implementation of UNSCR 1325",
        description: `${NGO_WG_INVITED} to localise the implementation of Security Council resolution 1325.`,
        themes: ["localisation"],
        pillars: ["PARTICIPATION", "PREVENTION"],
      },
      {
        slug: "ngo-working-group-civil-society-at-security-council",
        title: "Support civil-society engagement in the UN Security Council",
        description: `${NGO_WG_INVITED} to support the engagement of civil society in the UN Security Council.`,
        themes: ["civil-society-access"],
        pillars: ["PARTICIPATION"],
      },
      {
        slug: "ngo-working-group-civil-society-in-local-practices",
        title: "Support civil-society engagement in developing local practices",
        description: `${NGO_WG_INVITED} to support the engagement of civil society in developing local practices.`,
        themes: ["civil-society-access", "localisation"],
        pillars: ["PARTICIPATION"],
      },
      {
        slug: "ngo-working-group-women-in-peace-operations",
        title: "Ensure women's meaningful participation in peace operations",
        description: `${NGO_WG_INVITED} to ensure women's meaningful participation in peace operations.`,
        themes: ["participation-in-peace-processes", "peacekeeping-and-security-sector"],
        pillars: ["PARTICIPATION"],
      },
      {
        slug: "ngo-working-group-women-in-peace-negotiations",
        title: "Ensure women's meaningful participation in peace negotiations",
        description: `${NGO_WG_INVITED} to ensure women's meaningful participation in peace negotiations.`,
        themes: ["participation-in-peace-processes"],
        pillars: ["PARTICIPATION"],
      },
    ] as const
  ).map((call) => ({
    ...call,
    memberSlug: "ngo-working-group-on-wps" as const,
    kind: "RECOMMENDATION" as const,
    addressedTo: ["NETWORK"] as const,
    sourceExcerpt: EXCERPT.ngoWorkingGroup,
  })),
  {
    slug: "hungary-gender-sensitive-training",
    memberSlug: "hungary",
    kind: "PRACTICE",
    title: "Gender-sensitive training in Kenya and Afghanistan",
    description: "Hungary reported on its efforts to ensure gender-sensitive training in Kenya and Afghanistan.",
    themes: ["training-and-capacity-building", "gender-analysis-and-mainstreaming"],
    pillars: ["PROTECTION", "PREVENTION"],
    sourceExcerpt: EXCERPT.hungary,
  },
  {
    slug: "hungary-women-in-peacekeeping",
    memberSlug: "hungary",
    kind: "PRACTICE",
    title: "Women's participation in peacekeeping missions",
    description: "Hungary reported on its efforts to ensure the participation of women in peacekeeping missions.",
    themes: ["peacekeeping-and-security-sector", "participation-in-peace-processes"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.hungary,
  },
  {
    slug: "el-salvador-gender-analysis-in-salw-review",
    memberSlug: "el-salvador",
    kind: "PLEDGE",
    title: "Ensure gender-sensitive analysis in the June 2018 small arms and light weapons (SALW) review",
    description:
      "El Salvador committed to ensuring gender-sensitive analysis in the discussions around the review on small arms and light weapons (SALW) in June 2018.",
    themes: ["gender-analysis-and-mainstreaming", "norm-building-and-advocacy"],
    pillars: ["PREVENTION"],
    sourceExcerpt: EXCERPT.elSalvador,
    editorialNote:
      'The communiqué writes "SAWL Review": read as the review on small arms and light weapons (SALW), held in June 2018.',
    targetDate: "2018-06-30",
  },
  {
    slug: "el-salvador-gender-analysis-in-military-doctrine",
    memberSlug: "el-salvador",
    kind: "PLEDGE",
    title: "Integrate gender analysis into its military doctrine",
    description:
      "El Salvador committed to making sure that gender analysis is integrated into its own military doctrine.",
    themes: ["gender-analysis-and-mainstreaming", "peacekeeping-and-security-sector"],
    pillars: ["PREVENTION", "PROTECTION"],
    sourceExcerpt: EXCERPT.elSalvador,
  },
  {
    slug: "united-kingdom-civil-society-briefers-at-security-council",
    memberSlug: "united-kingdom",
    kind: "RECOMMENDATION",
    addressedTo: ["SECURITY_COUNCIL_MEMBERS"],
    addresseeDetail: "The other members of the UN Security Council that also belong to the Focal Points Network.",
    title: "Keep raising the number of civil-society briefers at the UN Security Council",
    description: `${UK_INVITED} so that the number of civil-society speakers at Security Council meetings continues to rise.`,
    themes: ["civil-society-access", "norm-building-and-advocacy"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.unitedKingdom,
  },
  {
    slug: "united-kingdom-civil-society-in-mandates-and-policies",
    memberSlug: "united-kingdom",
    kind: "RECOMMENDATION",
    addressedTo: ["SECURITY_COUNCIL_MEMBERS"],
    addresseeDetail: "The other members of the UN Security Council that also belong to the Focal Points Network.",
    title: "Engage civil society in developing mandates and on-the-ground policies",
    description: `${UK_INVITED} so that civil society is engaged more in developing mandates and on-the-ground policies.`,
    themes: ["civil-society-access", "localisation"],
    pillars: ["PARTICIPATION"],
    sourceExcerpt: EXCERPT.unitedKingdom,
  },
  {
    slug: "norway-and-germany-accountability-under-international-law",
    memberSlug: "norway",
    coMemberSlugs: ["germany"],
    kind: "RECOMMENDATION",
    addressedTo: ["NETWORK_MEMBERS"],
    addresseeDetail: "The participants of the meeting, whom Norway and Germany reminded.",
    title: "End impunity, ensure accountability under international law and implement Security Council resolutions",
    description:
      "Norway and Germany, speaking together, reminded the participants of the need to end impunity, ensure accountability under international law and ensure that Security Council resolutions are implemented.",
    themes: ["accountability-and-justice", "legal-and-policy-frameworks"],
    pillars: ["PROTECTION", "PREVENTION"],
    sourceExcerpt: EXCERPT.norwayAndGermany,
    editorialNote:
      'The communiqué says "the need to ensure impunity"; the record reads it as the need to end impunity, which the rest of the sentence (accountability under international law) calls for.',
  },
] as const satisfies readonly CommitmentSeed[];

export type BerlinPledgeSlug = Extract<(typeof BERLIN_COMMITMENTS)[number], { kind: "PLEDGE" }>["slug"];

/**
 * Bumped whenever the curated record changes; the seed's audit row carries it, so `npm start` can tell an unmodified
 * older seed (replaced by the current one) from the current one. 2: kinds, addressees, joint and editorial notes.
 * 3: members', themes' and meetings' names in the six languages.
 */
export const BERLIN_SEED_VERSION = 3;

export type BerlinSeedSummary = {
  version: number;
  themes: number;
  members: number;
  meetings: number;
  commitments: number;
};

/** Writes the Berlin 2018 record. Themes and members that already exist (same slug) are kept as they are. */
export async function seedBerlin2018(tx: Tx): Promise<BerlinSeedSummary> {
  const themes = await tx.theme.createMany({
    data: THEMES.map((theme, index) => ({ ...theme, sortOrder: (index + 1) * 10 })),
    skipDuplicates: true,
  });
  const members = await tx.member.createMany({
    data: BERLIN_MEMBERS.map((member) => ({ ...member, isDemo: false })),
    skipDuplicates: true,
  });

  const memberIds = await idsBySlug(
    tx,
    BERLIN_MEMBERS.map((member) => member.slug),
  );
  const berlin = await tx.meeting.create({
    data: {
      ...BERLIN_MEETING,
      startDate: utcDate(BERLIN_MEETING.startDate),
      endDate: utcDate(BERLIN_MEETING.endDate),
      organisers: {
        create: BERLIN_ORGANISERS.map((organiser) => ({
          memberId: required(memberIds, organiser.memberSlug),
          role: organiser.role,
        })),
      },
    },
  });
  await tx.meeting.create({
    data: {
      ...NEW_YORK_DEBRIEF,
      startDate: utcDate(NEW_YORK_DEBRIEF.startDate),
      endDate: utcDate(NEW_YORK_DEBRIEF.endDate),
      parentMeetingId: berlin.id,
    },
  });

  const themeIds = new Map((await tx.theme.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  await seedBerlinTranslations(tx, { memberIds, themeIds, meetingIds: await meetingIdsBySlug(tx) });
  for (const seed of BERLIN_COMMITMENTS as readonly CommitmentSeed[]) {
    const {
      memberSlug,
      coMemberSlugs = [],
      themes: commitmentThemes,
      pillars,
      addressedTo = [],
      targetDate,
      ...commitment
    } = seed;
    await tx.commitment.create({
      data: {
        ...commitment,
        pillars: [...pillars],
        addressedTo: [...addressedTo],
        memberId: required(memberIds, memberSlug),
        meetingId: berlin.id,
        targetDate: targetDate ? utcDate(targetDate) : null,
        isDemo: false,
        themes: { create: commitmentThemes.map((slug) => ({ themeId: required(themeIds, slug) })) },
        // The lead's row is written by a database trigger from memberId.
        members: {
          create: coMemberSlugs.map((slug) => ({ memberId: required(memberIds, slug), role: "CO_MEMBER" as const })),
        },
      },
    });
  }

  return {
    version: BERLIN_SEED_VERSION,
    themes: themes.count,
    members: members.count,
    meetings: 2,
    commitments: BERLIN_COMMITMENTS.length,
  };
}

async function idsBySlug(tx: Tx, slugs: string[]): Promise<Map<string, string>> {
  const rows = await tx.member.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function required(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data refers to "${slug}", which is not in the database.`);
  return id;
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

async function meetingIdsBySlug(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.meeting.findMany({
    where: { slug: { in: [BERLIN_MEETING.slug, NEW_YORK_DEBRIEF.slug] } },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/**
 * The six-language names of the record's members, themes and meetings (berlin-2018-translations.ts), as translations
 * of the English originals. A member whose English name here is the shorter form (United Kingdom) is named by the
 * shorter form in every language too, so each language names it alike.
 */
async function seedBerlinTranslations(
  tx: Tx,
  ids: { memberIds: Map<string, string>; themeIds: Map<string, string>; meetingIds: Map<string, string> },
) {
  // Not the glossary's LANGUAGES: the seed also loads in Playwright, whose loader refuses the glossary's JSON import.
  const others = ["ar", "es", "fr", "ru", "zh"] as const;
  await tx.memberTranslation.createMany({
    data: BERLIN_MEMBERS.flatMap((member) => {
      const names: MemberNames = BERLIN_MEMBER_NAMES[member.slug];
      const byShortForm = names.name.en !== member.name && names.shortName?.en === member.name;
      return others.map((locale) => ({
        memberId: required(ids.memberIds, member.slug),
        locale,
        name: byShortForm && names.shortName ? names.shortName[locale] : names.name[locale],
        shortName: byShortForm ? null : (names.shortName?.[locale] ?? null),
      }));
    }),
    skipDuplicates: true,
  });
  await tx.themeTranslation.createMany({
    data: Object.entries(THEME_TRANSLATIONS).flatMap(([slug, text]: [string, ThemeText]) =>
      others.map((locale) => ({
        themeId: required(ids.themeIds, slug),
        locale,
        name: text.name[locale],
        description: text.description[locale],
      })),
    ),
    skipDuplicates: true,
  });
  await tx.meetingTranslation.createMany({
    data: Object.entries(MEETING_TRANSLATIONS).flatMap(([slug, text]: [string, MeetingText]) =>
      others.map((locale) => ({ meetingId: required(ids.meetingIds, slug), locale, title: text.title[locale] })),
    ),
  });
}
