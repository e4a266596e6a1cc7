// COPY … WITH (FORMAT csv) ends each record with LF; the open data's CSV format (./csv.ts) ends them with CRLF, as
// RFC 4180 says. A line break inside a quoted cell is part of the cell and stays as it is. COPY quotes a cell only
// as a whole and doubles the quotes inside it, so every double quote toggles "inside a quoted cell": the state is
// the parity of the quotes seen, carried from one chunk to the next.

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

/** A converter for one file's chunks, in order: each chunk comes back with its record ends as CRLF. */
export function crlfRecords(): (chunk: Buffer) => Buffer {
  let quoted = false;
  return (chunk) => {
    const parts: Buffer[] = [];
    let start = 0;
    let quote = chunk.indexOf(QUOTE);
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, lf + 1)) {
      // memchr for both bytes (Buffer#indexOf): rows are scanned natively, not byte by byte in JavaScript.
      while (quote !== -1 && quote < lf) {
        quoted = !quoted;
        quote = chunk.indexOf(QUOTE, quote + 1);
      }
      if (quoted) continue;
      parts.push(chunk.subarray(start, lf), CRLF);
      start = lf + 1;
    }
    while (quote !== -1) {
      quoted = !quoted;
      quote = chunk.indexOf(QUOTE, quote + 1);
    }
    if (start === 0 && parts.length === 0) return chunk;
    parts.push(chunk.subarray(start));
    return Buffer.concat(parts);
  };
}
