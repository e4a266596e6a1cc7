// A load balancer for the several-instances test: each request goes to the next upstream in turn (not each
// connection, so a browser's keep-alive connection still alternates). The Host header passes through unchanged,
// as a reverse proxy in front of the app sends it (docs/deploy.md).
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Proxy = { url: string; close: () => Promise<void> };

export async function startRoundRobinProxy(upstreams: string[]): Promise<Proxy> {
  let next = 0;
  const server = http.createServer((request, response) => {
    const target = new URL(upstreams[next++ % upstreams.length]!);
    const upstream = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
