// Public addresses of the records, built from the configured public base URL (env APP_URL), never from the request's
// Host header: API responses are cached by shared caches, and a forged Host must not end up in them.

export function publicUrls(appUrl: string) {
  const at = (path: string) => new URL(path, appUrl).href;
  return {
    commitment: (slug: string) => at(`/commitments/${slug}`),
    update: (commitmentSlug: string, updateId: string) => at(`/commitments/${commitmentSlug}#update-${updateId}`),
    member: (slug: string) => at(`/members/${slug}`),
    theme: (slug: string) => at(`/themes/${slug}`),
    api: (path: string) => at(`/api/v1${path}`),
    data: (file: string) => at(`/data/${file}`),
    at,
  };
}

export type PublicUrls = ReturnType<typeof publicUrls>;
