// CSV injection ("formula injection"): a spreadsheet opening a CSV runs any cell that starts with = + - or @ as a
// formula (and tab or carriage return can smuggle one in front of them). Titles and names in our exports are typed
// by people outside the secretariat, so every text cell that starts with one of those characters gets a leading
// single quote, which spreadsheets show as text. This follows OWASP's advice; it changes the value, so the export
// documents it (lib/open-data/commitments-csv-columns.ts). Its SQL twin, csv_text, neutralises the cells of the files
// written by COPY (lib/data/open-data/csv-select.ts); csv-sql.int.test.ts checks that the two agree.

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}
