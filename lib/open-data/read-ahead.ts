/**
 * The batches of `source`, with the next one already being read while the current one is written: the database's
 * time and the writing's time overlap instead of adding up. At most one batch is read ahead, so memory stays bounded;
 * stopping early (a cancelled download) stops the source once the batch in flight has arrived.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const read = () => {
    const next = iterator.next();
    // Awaited below; this only keeps a read abandoned by a cancelled download from counting as unhandled.
    next.catch(() => undefined);
    return next;
  };
  let next = read();
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done) {
        finished = true;
        return;
      }
      next = read();
      yield result.value;
    }
  } finally {
    if (!finished) await iterator.return?.(undefined);
  }
}
