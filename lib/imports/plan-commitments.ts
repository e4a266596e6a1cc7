// What a commitments import will do, row by row, decided against the register as it is now: create a commitment (its
// slug is new), change one (with the changed columns, before and after), leave one unchanged, or refuse the row with
// every problem found. Pure: the database's side comes in as `references`, so the preview and the confirmation
// (which plans again inside its transaction and compares) decide alike.
import { FileProblem } from "./file-problem";
import { day, decimal, list, required, slug, text, type Cell } from "./cells";
import {
  COMMITMENT_IMPORT_COLUMNS,
  COMMITMENT_IMPORT_IGNORED,
  COMMITMENT_IMPORT_REQUIRED,
  type CommitmentImportColumn,
} from "./commitment-columns";
import {
  ADDRESSEE_ORDER,
  bySlug,
  displayValue,
  inOrder,
  membersList,
  PILLAR_ORDER,
  sameValue,
  type CommitmentValues,
} from "./commitment-values";
import type { RawRow, RawTable } from "./raw-table";
import type { PlannedRow } from "./planned-row";
import type { RowProblem } from "./row-problem";

const KINDS = ["pledge", "recommendation", "practice"];
const MAX_THEMES = 10;
const LIMITS = { title: 200, description: 5000, long: 20_000, indicatorName: 200, indicatorUnit: 50, detail: 500 };

export type ExistingCommitment = {
  id: string;
  version: number;
  values: CommitmentValues;
  /** A pledge with progress updates keeps its kind; so does a recommendation that pledges adopt. */
  kindLocked: boolean;
};

export type CommitmentReferences = {
  members: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
  /** Every commitment the file names (its own slugs and those it adopts from), by slug. */
  commitments: ReadonlyMap<string, ExistingCommitment>;
};

/** A row to write: the commitment's values after the import, and the record it changes. */
export type CommitmentWrite = {
  line: number;
  slug: string;
  values: CommitmentValues;
  existing: ExistingCommitment | null;
  changed: CommitmentImportColumn[];
};

type Parsed = { line: number; ref: string | null; values: Partial<CommitmentValues>; problems: RowProblem[] };

export function checkCommitmentColumns(header: readonly string[]): void {
  const missing = COMMITMENT_IMPORT_REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new FileProblem("missingColumns", missing.join(", "));
  const known = new Set<string>([...COMMITMENT_IMPORT_COLUMNS, ...COMMITMENT_IMPORT_IGNORED]);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new FileProblem("unknownColumns", unknown.join(", "));
}

/** Every slug the file names: the references the planner needs read. */
export function namedCommitmentSlugs(table: RawTable): string[] {
  const named = new Set<string>();
  for (const row of table.rows) {
    for (const column of ["commitment_slug", "adopted_from_slug"]) {
      const read = slug(row.cells[column], column);
      if (read.ok && read.value) named.add(read.value);
    }
  }
  return [...named];
}

export function planCommitments(
  table: RawTable,
  references: CommitmentReferences,
): { plan: PlannedRow[]; writes: CommitmentWrite[] } {
  checkCommitmentColumns(table.header);
  const present = COMMITMENT_IMPORT_COLUMNS.filter((name) => table.header.includes(name));
  const parsed = table.rows.map((row) => parseRow(row, present));

  const firstLine = new Map<string, number>();
  for (const row of parsed) {
    if (!row.ref) continue;
    const earlier = firstLine.get(row.ref);
    if (earlier === undefined) firstLine.set(row.ref, row.line);
    else
      row.problems.push({ code: "duplicateReference", column: "commitment_slug", value: row.ref, otherLine: earlier });
  }
  const fileKinds = new Map(parsed.flatMap((row) => (row.ref ? [[row.ref, row.values.commitment_kind] as const] : [])));

  const plan: PlannedRow[] = [];
  const writes: CommitmentWrite[] = [];
  for (const row of parsed) {
    const existing = row.ref ? (references.commitments.get(row.ref) ?? null) : null;
    const values = { ...(existing?.values ?? EMPTY), ...row.values };
    if (row.ref) row.problems.push(...crossCheck(values, existing, references, fileKinds));
    if (row.problems.length > 0 || !row.ref) {
      plan.push({ line: row.line, ref: row.ref, action: "error", problems: row.problems });
      continue;
    }
    if (!existing) {
      plan.push({ line: row.line, ref: row.ref, action: "create", title: String(values.commitment_title) });
      writes.push({ line: row.line, slug: row.ref, values, existing: null, changed: [...present] });
      continue;
    }
    const changed = present.filter(
      (column): column is Exclude<CommitmentImportColumn, "commitment_slug"> =>
        column !== "commitment_slug" && !sameValue(existing.values[column], values[column]),
    );
    if (changed.length === 0) {
      plan.push({ line: row.line, ref: row.ref, action: "unchanged", baseVersion: existing.version });
      continue;
    }
    const changes = changed.map((column) => ({
      column,
      before: displayValue(existing.values[column]),
      after: displayValue(values[column]),
    }));
    plan.push({ line: row.line, ref: row.ref, action: "change", baseVersion: existing.version, changes });
    writes.push({ line: row.line, slug: row.ref, values, existing, changed });
  }
  return { plan, writes };
}

const EMPTY: CommitmentValues = {
  commitment_title: null,
  member_slug: null,
  meeting_slug: null,
  description: null,
  source_excerpt: null,
  commitment_kind: null,
  addressed_to: [],
  member_slugs: [],
  theme_slugs: [],
  pillars: [],
  target_date: null,
  indicator_name: null,
  indicator_baseline: null,
  indicator_target: null,
  indicator_unit: null,
  addressee_detail: null,
  editorial_note: null,
  adopted_from_slug: null,
};

function parseRow(row: RawRow, present: readonly CommitmentImportColumn[]): Parsed {
  const problems: RowProblem[] = [];
  const values: Partial<CommitmentValues> = {};
  const take = <T>(cell: Cell<T>): T | undefined => {
    if (cell.ok) return cell.value;
    problems.push(cell.problem);
    return undefined;
  };
  const c = row.cells;
  const ref = take(required(slug(c.commitment_slug, "commitment_slug"), "commitment_slug")) ?? null;
  const readers: Record<
    Exclude<CommitmentImportColumn, "commitment_slug">,
    () => CommitmentValues[keyof CommitmentValues] | undefined
  > = {
    commitment_title: () =>
      take(required(text(c.commitment_title, "commitment_title", LIMITS.title), "commitment_title")),
    member_slug: () => take(required(slug(c.member_slug, "member_slug"), "member_slug")),
    meeting_slug: () => take(required(slug(c.meeting_slug, "meeting_slug"), "meeting_slug")),
    description: () => take(required(text(c.description, "description", LIMITS.description), "description")),
    source_excerpt: () => {
      const excerpt = take(text(c.source_excerpt, "source_excerpt", LIMITS.long));
      if (excerpt === null) problems.push({ code: "sourceExcerptMissing", column: "source_excerpt" });
      return excerpt ?? undefined;
    },
    commitment_kind: () => {
      const kind = take(required(slug(c.commitment_kind, "commitment_kind"), "commitment_kind"));
      if (kind !== undefined && !KINDS.includes(kind)) {
        problems.push({ code: "unknownCode", column: "commitment_kind", value: kind });
        return undefined;
      }
      return kind;
    },
    addressed_to: () => codes(take(list(c.addressed_to, "addressed_to")), "addressed_to", ADDRESSEE_ORDER, problems),
    member_slugs: () => take(list(c.member_slugs, "member_slugs")),
    theme_slugs: () => {
      const themes = take(list(c.theme_slugs, "theme_slugs"));
      if (themes && themes.length > MAX_THEMES)
        problems.push({ code: "tooManyThemes", column: "theme_slugs", max: MAX_THEMES });
      return themes ? bySlug(themes) : undefined;
    },
    pillars: () => codes(take(list(c.pillars, "pillars")), "pillars", PILLAR_ORDER, problems),
    target_date: () => take(day(c.target_date, "target_date")),
    indicator_name: () => take(text(c.indicator_name, "indicator_name", LIMITS.indicatorName)),
    indicator_baseline: () => take(decimal(c.indicator_baseline, "indicator_baseline")),
    indicator_target: () => take(decimal(c.indicator_target, "indicator_target")),
    indicator_unit: () => take(text(c.indicator_unit, "indicator_unit", LIMITS.indicatorUnit)),
    addressee_detail: () => take(text(c.addressee_detail, "addressee_detail", LIMITS.detail)),
    editorial_note: () => take(text(c.editorial_note, "editorial_note", LIMITS.long)),
    adopted_from_slug: () => take(slug(c.adopted_from_slug, "adopted_from_slug")),
  };
  for (const column of present) {
    if (column === "commitment_slug") continue;
    const value = readers[column]();
    if (value !== undefined) (values as Record<string, unknown>)[column] = value;
  }
  // member_slugs lists the lead first; it is compared and stored as lead, then co-members by slug.
  if (values.member_slug && Array.isArray(values.member_slugs)) {
    const [first, ...others] = values.member_slugs;
    if (first !== undefined && first !== values.member_slug) {
      problems.push({ code: "leadNotFirst", column: "member_slugs", value: first });
    }
    values.member_slugs = membersList(values.member_slug as string, others);
  }
  return { line: row.line, ref, values, problems };
}

function codes(
  items: string[] | undefined,
  column: string,
  order: readonly string[],
  problems: RowProblem[],
): string[] | undefined {
  if (!items) return undefined;
  const unknown = items.find((item) => !order.includes(item));
  if (unknown) {
    problems.push({ code: "unknownCode", column, value: unknown });
    return undefined;
  }
  return inOrder(items, order);
}

function crossCheck(
  values: CommitmentValues,
  existing: ExistingCommitment | null,
  references: CommitmentReferences,
  fileKinds: ReadonlyMap<string, CommitmentValues["commitment_kind"] | undefined>,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const lead = values.member_slug as string | null;
  if (lead && !references.members.has(lead))
    problems.push({ code: "unknownMember", column: "member_slug", value: lead });
  for (const member of (values.member_slugs as string[]).slice(1)) {
    if (!references.members.has(member))
      problems.push({ code: "unknownMember", column: "member_slugs", value: member });
  }
  for (const theme of values.theme_slugs as string[]) {
    if (!references.themes.has(theme)) problems.push({ code: "unknownTheme", column: "theme_slugs", value: theme });
  }
  const meeting = values.meeting_slug as string | null;
  if (meeting && !references.meetings.has(meeting)) {
    problems.push({ code: "unknownMeeting", column: "meeting_slug", value: meeting });
  }
  const kind = values.commitment_kind;
  const addressees = values.addressed_to as string[];
  if (kind === "recommendation" && addressees.length === 0)
    problems.push({ code: "addresseeMissing", column: "addressed_to" });
  if (addressees.includes("other") && !values.addressee_detail) {
    problems.push({ code: "addresseeDetailMissing", column: "addressee_detail" });
  }
  if (existing?.kindLocked && kind && kind !== existing.values.commitment_kind) {
    problems.push({ code: "kindLocked", column: "commitment_kind", value: String(existing.values.commitment_kind) });
  }
  const adopted = values.adopted_from_slug as string | null;
  if (adopted) {
    const adoptedKind = fileKinds.has(adopted)
      ? fileKinds.get(adopted)
      : references.commitments.get(adopted)?.values.commitment_kind;
    if (kind && kind !== "pledge")
      problems.push({ code: "onlyPledgeAdopts", column: "adopted_from_slug", value: adopted });
    else if (adoptedKind === undefined && !references.commitments.has(adopted) && !fileKinds.has(adopted)) {
      problems.push({ code: "unknownCommitment", column: "adopted_from_slug", value: adopted });
    } else if (adoptedKind !== "recommendation") {
      problems.push({ code: "adoptsNotRecommendation", column: "adopted_from_slug", value: adopted });
    }
  }
  return problems;
}
