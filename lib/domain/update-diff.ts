// What a submitted progress update changes compared with the commitment's previous published update: the reviewer
// reads this before publishing. Pure (no Prisma, no Next), so the rules are unit-tested.

export type UpdateSnapshot = {
  status: string;
  percentComplete: number | null;
  narrative: string;
  milestonesReached: readonly { id: string; title: string }[];
  barriers: readonly { kind: string; detail: string | null }[];
  evidence: readonly { url: string; label: string | null }[];
};

export type TextPart = { kind: "same" | "added" | "removed"; text: string };
type ValueChange<T> = { before: T | null; after: T; changed: boolean };
type ListDiff<T> = { added: T[]; removed: T[]; kept: T[] };

export type UpdateDiff = {
  /** No previous published update: everything in the update is new. */
  first: boolean;
  status: ValueChange<string>;
  percentComplete: ValueChange<number | null>;
  narrative: { parts: TextPart[]; changed: boolean };
  /** `added`: reached for the first time in this update; `kept`: reported as reached before too. */
  milestonesReached: ListDiff<UpdateSnapshot["milestonesReached"][number]>;
  barriers: ListDiff<UpdateSnapshot["barriers"][number]>;
  evidence: ListDiff<UpdateSnapshot["evidence"][number]>;
};

export function diffUpdates(previous: UpdateSnapshot | null, current: UpdateSnapshot): UpdateDiff {
  const narrative = diffText(previous?.narrative ?? "", current.narrative);
  return {
    first: previous === null,
    status: change(previous ? previous.status : null, current.status),
    percentComplete: change(previous ? previous.percentComplete : null, current.percentComplete, previous === null),
    narrative: { parts: narrative, changed: narrative.some((part) => part.kind !== "same") },
    milestonesReached: diffList(previous?.milestonesReached ?? [], current.milestonesReached, (m) => m.id),
    barriers: diffList(previous?.barriers ?? [], current.barriers, (b) => `${b.kind}\u0000${b.detail ?? ""}`),
    evidence: diffList(previous?.evidence ?? [], current.evidence, (e) => e.url),
  };
}

function change<T>(before: T | null, after: T, first = before === null): ValueChange<T> {
  return { before, after, changed: first || before !== after };
}

/** Items of `after` not in `before` (added), of `before` not in `after` (removed), and in both (kept, as now). */
function diffList<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): ListDiff<T> {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: after.filter((item) => !beforeKeys.has(key(item))),
    removed: before.filter((item) => !afterKeys.has(key(item))),
    kept: after.filter((item) => beforeKeys.has(key(item))),
  };
}

/**
 * Beyond this many comparisons (about 1,000 × 1,000 words left after the common start and end), the changed middle
 * is shown as removed-then-added rather than aligned word by word: narratives are at most 5,000 characters, so this
 * only guards against pathological input.
 */
const MAX_CELLS = 1_000_000;

/**
 * A word-level diff: words and the whitespace between them (line breaks included) are the units, so a rendering
 * that keeps whitespace (CSS `white-space: pre-wrap`) shows both the changed words and the changed lines.
 * Each run of changes is given as the removed text, then the added text.
 */
export function diffText(before: string, after: string): TextPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = alignTokens(a.slice(start, endA), b.slice(start, endB));
  const raw: TextPart[] = [
    ...a.slice(0, start).map((text) => ({ kind: "same" as const, text })),
    ...middle,
    ...a.slice(endA).map((text) => ({ kind: "same" as const, text })),
  ];
  return group(raw);
}

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Longest-common-subsequence alignment of two token lists. */
function alignTokens(a: string[], b: string[]): TextPart[] {
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...a.map((text) => ({ kind: "removed" as const, text })),
      ...b.map((text) => ({ kind: "added" as const, text })),
    ];
  }
  const width = b.length + 1;
  // lcs[i * width + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: TextPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      parts.push({ kind: "removed", text: a[i++]! });
    } else {
      parts.push({ kind: "added", text: b[j++]! });
    }
  }
  while (i < a.length) parts.push({ kind: "removed", text: a[i++]! });
  while (j < b.length) parts.push({ kind: "added", text: b[j++]! });
  return parts;
}

/**
 * Merges neighbours of the same kind, and folds a lone space between two changes into the change, so that
 * "the quick brown fox" → "a slow brown fox" reads as "[the quick → a slow] brown fox", not word by word.
 */
function group(raw: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    removed = "";
    added = "";
  };
  raw.forEach((part, index) => {
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else if ((removed || added) && /^\s+$/.test(part.text) && raw[index + 1] && raw[index + 1]!.kind !== "same") {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      const last = out.at(-1);
      if (last?.kind === "same") last.text += part.text;
      else out.push({ kind: "same", text: part.text });
    }
  });
  flush();
  return out;
}
