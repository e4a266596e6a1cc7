// A file as the readers hand it over: the header row's column names and, for each data row, its line (the row
// number a spreadsheet shows, header = 1) and its cells by column name. A cell is its text ("" when empty), or a
// formula, which is never evaluated: the row is refused (./cell-text.ts).

export type RawCell = string | { formula: string };
export type RawRow = { line: number; cells: Record<string, RawCell> };
export type RawTable = { header: string[]; rows: RawRow[] };
