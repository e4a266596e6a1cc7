// `tsx lib/scripts/static-html-server.ts <dir>`: the physical limit of serving a page on this machine, for
// `npm run bench`: every file of <dir>/pages.json ({ "<path>": "<file name>" }) read into memory once, then answered
// with Node's bare http server (keep-alive, no framework), gzipped once in advance for clients that accept it, as a
// static file server with precompressed files does (nginx's gzip_static). Prints "listening <port>" when ready.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const dir = process.argv[2];
if (!dir) throw new Error("Usage: tsx lib/scripts/static-html-server.ts <dir>");
const manifest = JSON.parse(fs.readFileSync(path.join(dir, "pages.json"), "utf8")) as Record<string, string>;
const pages = new Map(
  Object.entries(manifest).map(([url, file]) => {
    const plain = fs.readFileSync(path.join(dir, file));
    return [url, { plain, gzip: zlib.gzipSync(plain, { level: 6 }) }];
  }),
);

const server = http.createServer((request, response) => {
  const page = pages.get(request.url ?? "");
  if (!page) {
    response.writeHead(404).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = gzip ? page.gzip : page.plain;
  response.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : ""}\n`);
});
