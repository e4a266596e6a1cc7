// `npx tsx lib/scripts/glossary-doc.ts`: rewrites the tables of docs/glossary.md from lib/i18n/glossary.json, between
// its two marker comments, leaving the prose around them alone. lib/i18n/glossary.test.ts fails while they differ.
import fs from "node:fs";
import path from "node:path";
import { GLOSSARY, glossaryTables } from "@/lib/i18n/glossary";

export const GLOSSARY_DOC = path.resolve(import.meta.dirname, "..", "..", "docs", "glossary.md");
export const START = "<!-- glossary tables: generated from lib/i18n/glossary.json by lib/scripts/glossary-doc.ts -->";
export const END = "<!-- end of glossary tables -->";

/** The document with its generated part replaced by `tables`. */
export function withTables(doc: string, tables: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GLOSSARY_DOC} lacks the marker comments "${START}" and "${END}".`);
  return `${doc.slice(0, start + START.length)}\n\n${tables}\n\n${doc.slice(end)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  fs.writeFileSync(GLOSSARY_DOC, withTables(fs.readFileSync(GLOSSARY_DOC, "utf8"), glossaryTables(GLOSSARY)));
  process.stdout.write(`Wrote the tables of ${GLOSSARY_DOC} (${GLOSSARY.length} terms).\n`);
}
