// GET /data/<file>: the bulk downloads of the public dataset (lib/open-data/downloads.ts), streamed as they are
// read. The ETag is a fingerprint of the data, so a client or cache holding the current file gets a 304 at once.
import { CACHE_CONTROL, CORS_HEADERS, isNotModified, notModified, preflight, weakEtag } from "@/lib/api/http";
import { internalError, notFound, problemResponse } from "@/lib/api/problem";
import { getOpenDataVersion } from "@/lib/data/open-data/get-open-data-version";
import { openDataCsvRecords } from "@/lib/data/open-data/open-data-csv-records";
import { openDataSource } from "@/lib/data/open-data/open-data-source";
import { env } from "@/lib/env";
import { isoDay } from "@/lib/domain/iso-day";
import { logger } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-context";
import { dispositionOf, findDownload } from "@/lib/open-data/downloads";
import { DATASET } from "@/lib/open-data/licence";
import { publicUrls } from "@/lib/open-data/urls";

type Context = { params: Promise<{ file: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { file } = await params;
  const download = findDownload(file);
  const path = new URL(request.url).pathname;
  if (!download) return problemResponse(notFound(`There is no download called "${file.slice(0, 120)}".`), path);

  const now = new Date();
  // Public and unwrapped (it streams, with its own ETag): its log lines name it themselves.
  const log = logger.child({ requestId: requestIdOf(request.headers), route: "/data/[file]", method: request.method });
  try {
    // Schedule and freshness are computed for the day, and the columns change with the dataset's version.
    const etag = weakEtag(download.file, DATASET.version, env.APP_URL, isoDay(now), await getOpenDataVersion());
    if (isNotModified(request, etag)) return notModified(etag, CACHE_CONTROL.download);
    const body = download.body(openDataSource, {
      urls: publicUrls(env.APP_URL),
      generatedAt: now,
      csvRecords: openDataCsvRecords,
      onError: (error) => log.error("Download failed while streaming", { file: download.file, error }),
    });
    return new Response(body, {
      headers: {
        ...CORS_HEADERS,
        "Content-Type": download.mediaType,
        "Content-Disposition": dispositionOf(download, now),
        "Cache-Control": CACHE_CONTROL.download,
        ETag: etag,
      },
    });
  } catch (error) {
    log.error("Download failed", { file: download.file, status: 500, error });
    return problemResponse(internalError(), path);
  }
}

export const OPTIONS = preflight;
