// Records for unit tests of the open data, shaped as the reads return them, and an in-memory data source.
import type { OpenDataSource } from "@/lib/open-data/source";
import { publicUrls } from "@/lib/open-data/urls";
import type {
  AssessmentRecord,
  CommitmentRecord,
  MeetingRecord,
  MemberRecord,
  ThemeRecord,
  UpdateRecord,
} from "@/lib/open-data/records";
import { emptyStatusCounts } from "@/lib/domain/implementation-status";

export const APP_URL = "https://tracker.example.org";
export const urls = publicUrls(APP_URL);
export const context = { urls };

export function commitmentRecord(overrides: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    slug: "colombia-gender-sub-committee",
    kind: "PLEDGE",
    addressedTo: [],
    addresseeDetail: null,
    editorialNote: null,
    adoptedFromSlug: null,
    members: [{ slug: "colombia", name: "Colombia" }],
    title: "Create a Gender Sub-Committee",
    description: "Colombia presented the creation of a Gender Sub-Committee as a good practice.",
    language: "en",
    translations: {},
    sourceExcerpt: "…as well as the creation of a Gender Sub-Committee…",
    pillars: ["PARTICIPATION", "RELIEF_RECOVERY"],
    targetDate: new Date("2030-12-31T00:00:00Z"),
    indicatorName: "Meetings held",
    indicatorBaseline: -1.5,
    indicatorTarget: 12,
    indicatorUnit: "meetings",
    approval: "APPROVED",
    discontinuedReason: null,
    currentStatus: "IN_PROGRESS",
    currentPercent: 40,
    lastPublishedAt: new Date("2026-03-01T09:30:00.000Z"),
    isDemo: false,
    member: {
      slug: "colombia",
      name: "Colombia",
      kind: "MEMBER_STATE",
      isoCode: "COL",
      regionalGroup: "LATIN_AMERICAN_CARIBBEAN",
      isDemo: false,
    },
    meeting: {
      slug: "berlin-2018",
      title: "Capital-level meeting, Berlin",
      startDate: new Date("2018-04-09T00:00:00Z"),
    },
    themes: [
      { theme: { slug: "localisation", name: "Localisation", sortOrder: 80 } },
      { theme: { slug: "participation-in-peace-processes", name: "Participation in peace processes", sortOrder: 10 } },
    ],
    milestones: [
      {
        title: "Terms of reference adopted",
        dueDate: new Date("2026-06-30T00:00:00Z"),
        reachedOn: new Date("2026-02-15T00:00:00Z"),
      },
      { title: "First report", dueDate: null, reachedOn: null },
    ],
    updates: [{ isDemo: true, verification: "SELF_REPORTED" }],
    _count: { updates: 3 },
    status: "IN_PROGRESS",
    schedule: "ON_TRACK",
    freshness: "REPORTED",
    sortedThemes: [
      { slug: "participation-in-peace-processes", name: "Participation in peace processes" },
      { slug: "localisation", name: "Localisation" },
    ],
    latestVerification: "SELF_REPORTED",
    isDemonstration: true,
    ...overrides,
  };
}

export function updateRecord(overrides: Partial<UpdateRecord> = {}): UpdateRecord {
  return {
    id: "5d1c7f0e-2b8a-4c49-9d51-3f0f6e1a7b22",
    status: "IN_PROGRESS",
    percentComplete: 40,
    narrative: "Met twice,\nadopted terms of reference.",
    narrativeRedactedAt: null,
    linksRedactedAt: null,
    verification: "REVIEWED",
    publishedAt: new Date("2026-03-01T09:30:00.000Z"),
    isDemo: false,
    cycle: { name: "2025–2026" },
    commitment: {
      slug: "colombia-gender-sub-committee",
      title: "Create a Gender Sub-Committee",
      isDemo: false,
      member: { slug: "colombia", name: "Colombia", isDemo: false },
    },
    evidence: [
      { url: "https://example.org/a.pdf", label: "Terms" },
      { url: "https://example.org/b.pdf", label: null },
    ],
    barriers: [
      { kind: "FUNDING", detail: "Budget cut" },
      { kind: "CAPACITY", detail: null },
    ],
    milestonesReached: ["Terms of reference adopted"],
    isDemonstration: false,
    redaction: { parts: [], at: null },
    ...overrides,
  };
}

export function memberRecord(overrides: Partial<MemberRecord> = {}): MemberRecord {
  return {
    slug: "colombia",
    name: "Colombia",
    shortName: null,
    kind: "MEMBER_STATE",
    isoCode: "COL",
    regionalGroup: "LATIN_AMERICAN_CARIBBEAN",
    isDemo: false,
    commitmentCount: 3,
    statusCounts: { ...emptyStatusCounts(), IN_PROGRESS: 2, NOT_REPORTED: 1 },
    includesDemonstrationData: false,
    ...overrides,
  };
}

export function themeRecord(overrides: Partial<ThemeRecord> = {}): ThemeRecord {
  return {
    slug: "localisation",
    name: "Localisation",
    description: "Local ownership of the agenda.",
    sortOrder: 80,
    commitmentCount: 1,
    statusCounts: { ...emptyStatusCounts(), IN_PROGRESS: 1 },
    includesDemonstrationData: false,
    ...overrides,
  };
}

export function meetingRecord(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    slug: "berlin-2018",
    title: "Capital-level meeting, Berlin",
    kind: "CAPITAL_LEVEL",
    city: "Berlin",
    country: "Germany",
    startDate: new Date("2018-04-09T00:00:00Z"),
    endDate: new Date("2018-04-10T00:00:00Z"),
    theme: "Building Alliances",
    sourceTitle: "Joint Communiqué",
    isDemo: false,
    parentMeeting: null,
    organisers: [
      { role: "CHAIR", member: { slug: "germany", name: "Germany" } },
      { role: "CO_ORGANISER", member: { slug: "spain", name: "Spain" } },
      { role: "CO_ORGANISER", member: { slug: "namibia", name: "Namibia" } },
    ],
    commitmentCount: 22,
    ...overrides,
  };
}

/** A data source over arrays, served in batches of `batchSize`. */
export function memorySource(
  tables: {
    commitments?: CommitmentRecord[];
    updates?: UpdateRecord[];
    members?: MemberRecord[];
    themes?: ThemeRecord[];
    meetings?: MeetingRecord[];
    assessments?: AssessmentRecord[];
  },
  batchSize = 2,
): OpenDataSource {
  const batches = <T>(rows: T[] = []) =>
    async function* () {
      for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
    };
  return {
    commitments: batches(tables.commitments),
    updates: batches(tables.updates),
    members: batches(tables.members),
    themes: batches(tables.themes),
    meetings: batches(tables.meetings),
    assessments: batches(tables.assessments),
  };
}

export async function collectText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
