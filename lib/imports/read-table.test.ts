// Hostile and broken files: each is refused as a whole with its own plain reason, before anything is planned.
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileProblem } from "./file-problem";
import { checkCommitmentColumns } from "./plan-commitments";
import { readTable } from "./read-table";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileProblem) return error.detail ? `${error.code}: ${error.detail}` : error.code;
    throw error;
  }
  return "no problem";
}

/** A zip of one entry whose central directory declares `declaredSize` for `content`. */
function zipOf(content: Buffer, declaredSize = content.length): Buffer {
  const name = Buffer.from("xl/workbook.xml");
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe("reading an import file", () => {
  it("reads CSV with a byte order mark, quoted line breaks and CRLF, numbering rows as a spreadsheet does", async () => {
    const table = await readTable(utf8('\uFEFFa,b\r\n1,"two\r\nlines"\r\n\r\n3,Côte d’Ivoire\r\n'), "commitments");
    expect(table).toEqual({
      header: ["a", "b"],
      rows: [
        { line: 2, cells: { a: "1", b: "two\r\nlines" } },
        { line: 3, cells: { a: "3", b: "Côte d’Ivoire" } },
      ],
    });
  });

  it("refuses a file that is not UTF-8, saying so", async () => {
    const latin1 = Uint8Array.from([...utf8("a,b\n1,C"), 0xf4, ...utf8("te\n")]);
    expect(await problemOf(readTable(latin1, "commitments"))).toBe("notUtf8");
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    expect(await problemOf(readTable(utf16, "commitments"))).toBe("notUtf8");
  });

  it("refuses an empty file, a header without rows, duplicate columns and broken quoting", async () => {
    expect(await problemOf(readTable(utf8(""), "commitments"))).toBe("empty");
    expect(await problemOf(readTable(utf8("\r\n ,\r\n"), "commitments"))).toBe("empty");
    expect(await problemOf(readTable(utf8("a,b\r\n"), "commitments"))).toBe("noRows");
    expect(await problemOf(readTable(utf8("a,a\r\n1,2\r\n"), "commitments"))).toBe("duplicateColumns: a");
    expect(await problemOf(readTable(utf8('a,b\r\n"1,2\r\n'), "commitments"))).toMatch(/^unreadableCsv/);
  });

  it("refuses more than 10,000 rows", async () => {
    const text = `a\r\n${"x\r\n".repeat(10_001)}`;
    expect(await problemOf(readTable(utf8(text), "commitments"))).toBe("tooManyRows: 10000");
  });

  it("refuses wrong columns by name: missing ones, and unknown ones (a misspelt name is never ignored)", () => {
    expect(() => checkCommitmentColumns(["commitment_slug"])).toThrow(
      expect.objectContaining({ code: "missingColumns", detail: expect.stringContaining("commitment_title") }),
    );
    const all = [
      "commitment_slug",
      "commitment_title",
      "member_slug",
      "meeting_slug",
      "description",
      "source_excerpt",
      "commitment_kind",
      "addressed_to",
    ];
    expect(() => checkCommitmentColumns([...all, "implementation_status", "url"])).not.toThrow();
    expect(() => checkCommitmentColumns([...all, "titel"])).toThrow(
      expect.objectContaining({ code: "unknownColumns", detail: "titel" }),
    );
  });

  it("reads an XLSX sheet's typed cells and never evaluates a formula", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("commitments");
    sheet.addRow(["a", "b", "c"]);
    sheet.addRow(["text", new Date(Date.UTC(2030, 11, 31)), 12.5]);
    sheet.addRow([{ formula: 'WEBSERVICE("http://evil.example")', result: "x" }, "ok", 1]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTable(bytes, "commitments");
    expect(table.rows).toEqual([
      { line: 2, cells: { a: "text", b: "2030-12-31", c: "12.5" } },
      { line: 3, cells: { a: { formula: '=WEBSERVICE("http://evil.example")' }, b: "ok", c: "1" } },
    ]);
  });

  it("refuses an XLSX zip bomb before inflating it: by its declared size, and when an entry lies about its size", async () => {
    const small = Buffer.alloc(1000, 0x20);
    expect(await problemOf(readTable(zipOf(small, 500 * 1024 * 1024), "commitments"))).toBe("xlsxTooLarge");
    const bomb = Buffer.alloc(50 * 1024 * 1024, 0x20);
    expect(await problemOf(readTable(zipOf(bomb, 1000), "commitments"))).toBe("xlsxTooLarge");
  });

  it("refuses a zip that is not a workbook", async () => {
    expect(await problemOf(readTable(zipOf(Buffer.from("<x/>")), "commitments"))).toBe("unreadableXlsx");
  });
});
