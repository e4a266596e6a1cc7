import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { crlfRecords } from "./crlf-records";
import { csvLine } from "./csv";

/** A record as COPY writes it: the open data's writer's bytes with LF for CRLF at the record's end. */
const asCopy = (cells: string[]) => csvLine(cells).slice(0, -2) + "\n";

function convert(text: string, cuts: number[]): string {
  const bytes = Buffer.from(text);
  const convert = crlfRecords();
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks = [0, ...points, bytes.length].slice(1).map((end, index, ends) => {
    const begin = index === 0 ? 0 : ends[index - 1]!;
    return bytes.subarray(begin, end);
  });
  return Buffer.concat(chunks.map(convert)).toString();
}

describe("crlfRecords", () => {
  it("ends records with CRLF and keeps line breaks inside quoted cells", () => {
    const copy = 'a,"line one\nline two",b\n"say ""hi""\n",,c\n';
    expect(convert(copy, [])).toBe('a,"line one\nline two",b\r\n"say ""hi""\n",,c\r\n');
  });

  it("writes the same bytes as the open data's writer, however COPY's output is cut into chunks", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "é", " ") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 })), fc.array(fc.nat()), (rows, cuts) => {
        expect(convert(rows.map(asCopy).join(""), cuts)).toBe(rows.map(csvLine).join(""));
      }),
    );
  });
});
