/**
 * A web stream of the chunks (text, or bytes passed on as they are), pulled one at a time: the next chunk (the next
 * batch of rows) is only produced when the client has taken the previous one, so memory stays bounded whatever the
 * size of the file. Cancelling the download stops the generator (and its database reads).
 */
export function textStream(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next: IteratorResult<string | Uint8Array, unknown> = await iterator.next();
          if (next.done) controller.close();
          else if (next.value.length > 0)
            controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
        } catch (error) {
          onError(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
