// When a save loses the race (someone else saved first), the form shows WHAT changed: for every field where the
// stored value differs from what this person typed, both values side by side. Pure: fields are compared as the text
// a person would see, after the same normalisation the save applies (trimmed, line endings unified, blank list
// entries dropped), so a change of whitespace is not reported as a conflict.

export type ComparableValue = string | readonly string[];

export type FieldChange<Field extends string> = {
  field: Field;
  /** What is stored now (the other save). */
  theirs: string[];
  /** What this person typed. */
  mine: string[];
};

function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

function normalise(value: ComparableValue | undefined, unordered: boolean): string[] {
  if (value === undefined) return [];
  const list = (typeof value === "string" ? [value] : [...value]).map(normaliseText).filter((item) => item !== "");
  return unordered ? list.sort() : list;
}

/**
 * The fields, in the order given, whose values differ between `theirs` and `mine`. Lists named in `unordered`
 * (a set of themes, of milestones ticked) are compared regardless of order.
 */
export function conflictDiff<Field extends string>(
  fields: readonly Field[],
  theirs: Partial<Record<Field, ComparableValue>>,
  mine: Partial<Record<Field, ComparableValue>>,
  unordered: readonly Field[] = [],
): FieldChange<Field>[] {
  const changes: FieldChange<Field>[] = [];
  for (const field of fields) {
    const sets = unordered.includes(field);
    const a = normalise(theirs[field], sets);
    const b = normalise(mine[field], sets);
    if (a.length !== b.length || a.some((item, i) => item !== b[i])) changes.push({ field, theirs: a, mine: b });
  }
  return changes;
}
