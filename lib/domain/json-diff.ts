// A readable difference between the `before` and `after` JSON of an audit row: one line per changed value, named by
// its path ("commitment.status", "evidence[0].url"). Pure, for the audit log viewer and its export.

export type JsonChange = {
  /** Dotted path to the value; "" for the document itself. */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
};

type JsonObject = Record<string, unknown>;

export function diffJson(before: unknown, after: unknown): JsonChange[] {
  const changes: JsonChange[] = [];
  walk(before, after, "", changes);
  return changes;
}

/** A value as one line of text: strings as they are, everything else as compact JSON. */
export function formatJsonValue(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function walk(rawBefore: unknown, rawAfter: unknown, path: string, changes: JsonChange[]) {
  const before = normalise(rawBefore);
  const after = normalise(rawAfter);
  if (before === undefined && after === undefined) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !(key in before))];
    for (const key of keys) walk(before[key], after[key], join(path, key), changes);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !(allScalars(before) && allScalars(after))) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) walk(before[i], after[i], `${path}[${i}]`, changes);
    return;
  }
  if (before === undefined)
    return leaves(after, path, (value, at) => changes.push({ path: at, kind: "added", after: value }));
  if (after === undefined) {
    return leaves(before, path, (value, at) => changes.push({ path: at, kind: "removed", before: value }));
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ path, kind: "changed", before, after });
}

/** Calls `visit` for every scalar (or list of scalars) inside `value`, with its path. */
function leaves(value: unknown, path: string, visit: (value: unknown, path: string) => void) {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, join(path, key), visit);
  } else if (Array.isArray(value) && value.length > 0 && !allScalars(value)) {
    value.forEach((inner, i) => leaves(inner, `${path}[${i}]`, visit));
  } else {
    visit(value, path);
  }
}

/** null and "missing" read the same in an audit row: both mean "no value". */
function normalise(value: unknown): unknown {
  return value === null ? undefined : value;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function allScalars(values: unknown[]): boolean {
  return values.every((value) => value === null || typeof value !== "object");
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
