// The response helpers every route handler shares, declared once.

/** Signed-in answers (and every refusal) are never stored by browsers or shared caches. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** A short answer in plain words, for scripts and other clients that did not ask for a page. */
export function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8", ...headers },
  });
}

/** A browser following a link (or typing the address) asks for HTML; scripts and fetch calls do not. */
export function wantsPage(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}
