// A CSV file's records straight from PostgreSQL: `COPY (SELECT …) TO STDOUT WITH (FORMAT csv)`, the bytes passed on
// as they arrive (record ends made CRLF). Nothing is held but the chunk in hand: while the client has not taken it,
// the socket is not read, and PostgreSQL waits (backpressure), so memory stays flat whatever the size of the file.
import "server-only";
import { to as copyTo } from "pg-copy-streams";
import { crlfRecords } from "@/lib/open-data/crlf-records";
import { copyPool } from "./copy-pool";

/** Rows are passed on in chunks of about this size, rather than one small write per socket read. */
const CHUNK_BYTES = 64 * 1024;

export async function* copyCsvRecords(select: string): AsyncGenerator<Buffer> {
  const client = await copyPool().connect();
  let finished = false;
  try {
    const crlf = crlfRecords();
    const copy = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER false)`));
    let pending: Buffer[] = [];
    let size = 0;
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      pending.push(crlf(chunk));
      size += chunk.length;
      if (size < CHUNK_BYTES) continue;
      yield Buffer.concat(pending);
      pending = [];
      size = 0;
    }
    if (size > 0) yield Buffer.concat(pending);
    finished = true;
  } finally {
    // A download stopped half way leaves its COPY running on the connection: close that one rather than reuse it.
    client.release(!finished);
  }
}
