// The fields and limits of a progress update, without the schema (and without zod), so that the form in the browser
// shares them with the server-side validation in ./progress-update.ts. The form posts plain fields (it works
// without JavaScript); `progressUpdateValuesFromForm` reads them back into the shape the form renders, so a refused
// save can be shown again exactly as typed.
import type { ComparableValue } from "@/lib/domain/workspace-conflict";
import { formList as texts, formText as text } from "@/lib/forms/form-data";

export const NARRATIVE_MAX_LENGTH = 5000;
export const EVIDENCE_URL_MAX_LENGTH = 2048;
export const EVIDENCE_LABEL_MAX_LENGTH = 200;
export const BARRIER_DETAIL_MAX_LENGTH = 500;
export const MAX_EVIDENCE_LINKS = 10;
/** Empty evidence rows offered under the filled ones (without JavaScript, saving the draft offers more). */
export const BLANK_EVIDENCE_ROWS = 2;

/** Mirrors the database enum, so this module stays free of the Prisma client. */
export const BARRIER_KINDS = ["FUNDING", "CAPACITY", "POLITICAL", "SECURITY", "LEGAL", "OTHER"] as const;
export type BarrierKindValue = (typeof BARRIER_KINDS)[number];

/** secretariatOnly: never shown in a public channel (decision 0023). */
export type EvidenceRow = { url: string; label: string; secretariatOnly?: boolean };
/** One row per barrier kind, always all six, in BARRIER_KINDS order. */
export type BarrierRow = { kind: BarrierKindValue; selected: boolean; detail: string };

/** What the form shows and sends back: strings as typed. */
export type ProgressUpdateFormValues = {
  status: string;
  percentComplete: string;
  narrative: string;
  /** A passage only the secretariat and the commitment's focal points see (decision 0023). */
  privatePassage?: string;
  /** The language the narrative is written in (one of the six); empty: the page's language, as the form offers. */
  language?: string;
  evidence: EvidenceRow[];
  /** Ids of the commitment's milestones ticked as reached in this update. */
  milestoneIds: string[];
  barriers: BarrierRow[];
};

/** The form's names for each field. Repeated names (evidenceUrl, evidenceLabel, milestone, barrier) keep order. */
export const FORM_NAMES = {
  status: "status",
  percentComplete: "percentComplete",
  narrative: "narrative",
  privatePassage: "privatePassage",
  language: "language",
  evidenceUrl: "evidenceUrl",
  evidenceLabel: "evidenceLabel",
  /** A checkbox per row whose value is the row's index (unticked boxes send nothing). */
  evidencePrivate: "evidencePrivate",
  milestone: "milestone",
  barrier: "barrier",
  barrierDetail: (kind: BarrierKindValue) => `barrierDetail.${kind}`,
} as const;

/** The id of the input behind a field path ("evidence.2.url" → "evidence-2-url"): error links and aria use it. */
export function fieldId(path: string): string {
  return path.replaceAll(".", "-");
}

export function emptyBarriers(): BarrierRow[] {
  return BARRIER_KINDS.map((kind) => ({ kind, selected: false, detail: "" }));
}

export function emptyProgressUpdateValues(): ProgressUpdateFormValues {
  return {
    status: "",
    percentComplete: "",
    narrative: "",
    privatePassage: "",
    language: "",
    evidence: [],
    milestoneIds: [],
    barriers: emptyBarriers(),
  };
}

/** Reads the posted form. Never throws: whatever arrives is turned into strings, and validation judges them. */
export function progressUpdateValuesFromForm(formData: FormData): ProgressUpdateFormValues {
  const urls = texts(formData, FORM_NAMES.evidenceUrl);
  const labels = texts(formData, FORM_NAMES.evidenceLabel);
  const rows = Math.min(Math.max(urls.length, labels.length), MAX_EVIDENCE_LINKS + BLANK_EVIDENCE_ROWS + 5);
  const privateRows = new Set(texts(formData, FORM_NAMES.evidencePrivate));
  const evidence = Array.from({ length: rows }, (_, i) => ({
    url: urls[i] ?? "",
    label: labels[i] ?? "",
    secretariatOnly: privateRows.has(String(i)),
  }));
  const selected = new Set(texts(formData, FORM_NAMES.barrier));
  return {
    status: text(formData, FORM_NAMES.status),
    percentComplete: text(formData, FORM_NAMES.percentComplete),
    narrative: text(formData, FORM_NAMES.narrative),
    privatePassage: text(formData, FORM_NAMES.privatePassage),
    language: text(formData, FORM_NAMES.language),
    // Blank rows are the form's spare rows, not something typed.
    evidence: evidence.filter((row) => row.url.trim() !== "" || row.label.trim() !== ""),
    milestoneIds: [...new Set(texts(formData, FORM_NAMES.milestone))].slice(0, 200),
    barriers: BARRIER_KINDS.map((kind) => ({
      kind,
      selected: selected.has(kind),
      detail: text(formData, FORM_NAMES.barrierDetail(kind)),
    })),
  };
}

export const UPDATE_CONFLICT_FIELDS = [
  "status",
  "percentComplete",
  "narrative",
  "privatePassage",
  "evidence",
  "milestones",
  "barriers",
] as const;
export type UpdateConflictField = (typeof UPDATE_CONFLICT_FIELDS)[number];

/** The update as comparable text, for the field-by-field conflict message (lib/domain/workspace-conflict.ts). */
export function comparableUpdate(values: ProgressUpdateFormValues): Record<UpdateConflictField, ComparableValue> {
  return {
    status: values.status,
    percentComplete: values.percentComplete,
    narrative: values.narrative,
    privatePassage: values.privatePassage ?? "",
    evidence: values.evidence.map((row) => [row.url.trim(), row.label.trim()].filter(Boolean).join(" ")),
    milestones: values.milestoneIds,
    // "KIND" or "KIND detail": the form turns the kind into its label.
    barriers: values.barriers
      .filter((row) => row.selected)
      .map((row) => [row.kind, row.detail.trim()].filter(Boolean).join(" ")),
  };
}
