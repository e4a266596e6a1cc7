import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvLine } from "./csv";

// The options csvText passes to csv-stringify: the hand-written writer of the bulk files must give the same bytes.
const OPTIONS = { record_delimiter: "\r\n", quote_record_delimiter: true } as const;

describe("csvLine", () => {
  it("writes exactly what csv-stringify writes, for any text", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\r", "\n", "=", "'", ";", "é") }),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        expect(csvLine(cells)).toBe(stringify([cells], OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });

  it("quotes a cell with a lone line feed or carriage return, so a narrative never splits its record", () => {
    expect(csvLine(["a\nb", "c\rd", 'say "hi"', "x,y", ""])).toBe('"a\nb","c\rd","say ""hi""","x,y",\r\n');
  });
});
