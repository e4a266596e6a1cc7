// THE definition of "the client's address", for the per-address sign-in and password-reset limits. Nothing else
// reads X-Forwarded-For.
//
// X-Forwarded-For is a list anyone can start: a client may send "X-Forwarded-For: 1.2.3.4" itself, and every proxy
// on the way appends the address it received the request from. Only the entries appended by OUR proxies can be
// believed, so we count TRUSTED_PROXY_HOPS entries from the right and take that one: with one load balancer, the
// last entry (what the load balancer saw); with a CDN in front of it, the one before. Whatever a client writes
// further left is never looked at, so a forged header cannot give an attacker a fresh address.
//
// TRUSTED_PROXY_HOPS=0 (the default) means "no proxy": the header is ignored entirely. The socket address would be
// the right answer then, but Next.js does not give route handlers or server actions the socket: it only copies the
// socket address into X-Forwarded-For when the client sent none, which a client can pre-empt. So with 0 every
// request shares one address, UNKNOWN_CLIENT, and the per-address limit becomes a site-wide brake on failed
// sign-ins. That is safe (never bypassable) but coarse: production behind a load balancer must set the hop count.
//
// IPv6 clients usually control a whole /64, so IPv6 addresses are counted per /64 network.
import { isIP } from "node:net";
import { env } from "@/lib/env";

export const UNKNOWN_CLIENT = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export type ClientIpOptions = { trustedProxyHops?: number; socketAddress?: string | null };

export function clientIp(headers: HeaderSource, options: ClientIpOptions = {}): string {
  const hops = options.trustedProxyHops ?? env.TRUSTED_PROXY_HOPS;
  if (hops <= 0) return normaliseAddress(options.socketAddress) ?? UNKNOWN_CLIENT;
  const entries = forwardedFor(headers);
  if (entries.length === 0) return normaliseAddress(options.socketAddress) ?? UNKNOWN_CLIENT;
  // Fewer entries than proxies: the request skipped one of them; the leftmost entry is the best there is.
  const entry = entries[Math.max(0, entries.length - hops)];
  return normaliseAddress(entry) ?? UNKNOWN_CLIENT;
}

function forwardedFor(headers: HeaderSource): string[] {
  let raw: string | string[] | null | undefined;
  if (headers instanceof Headers) raw = headers.get("x-forwarded-for");
  else raw = headers["x-forwarded-for"] ?? headers["X-Forwarded-For"];
  // Several header lines count as one list, in order (Headers.get already joins them with ", ").
  const joined = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** A bare address for counting, or null for anything that is not one. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim().toLowerCase();
  if (address.length > 100) return null;
  // "[2001:db8::1]:443" and "203.0.113.7:51234": proxies sometimes include the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, ""); // zone index (fe80::1%eth0)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return ipv6Network(address);
  return null;
}

/** "2001:db8:a:b:c:d:e:f" → "2001:db8:a:b::/64". */
function ipv6Network(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::1.2.3.4") occupies two groups; it never reaches the first four.
  const tailGroups = tailParts.reduce((count, part) => count + (part.includes(".") ? 2 : 1), 0);
  const missing = address.includes("::") ? 8 - headParts.length - tailGroups : 0;
  const groups = [...headParts, ...Array<string>(missing).fill("0"), ...tailParts];
  const prefix = groups.slice(0, 4).map((group) => parseInt(group || "0", 16).toString(16));
  return `${prefix.join(":")}::/64`;
}
