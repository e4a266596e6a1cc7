// Redaction deletes text (decision 0023), including the copies earlier audit rows of the same update kept: every
// string equal to a removed text becomes empty, wherever it sits in the stored JSON. Pure, so it is unit-tested.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function scrubRemovedText(value: Json, removed: readonly string[]): Json {
  const gone = new Set(removed.filter((text) => text !== ""));
  const walk = (node: Json): Json => {
    if (typeof node === "string") return gone.has(node) ? "" : node;
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    }
    return node;
  };
  return walk(value);
}
