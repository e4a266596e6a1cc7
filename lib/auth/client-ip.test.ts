import { describe, expect, it } from "vitest";
import { clientIp, normaliseAddress, UNKNOWN_CLIENT } from "./client-ip";

const request = (forwardedFor?: string | string[]) =>
  forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor };

describe("clientIp", () => {
  it("ignores X-Forwarded-For entirely with no trusted proxy: a forged header changes nothing", () => {
    expect(clientIp(request("203.0.113.7"), { trustedProxyHops: 0 })).toBe(UNKNOWN_CLIENT);
    expect(clientIp(request("198.51.100.1, 203.0.113.7"), { trustedProxyHops: 0 })).toBe(UNKNOWN_CLIENT);
    expect(clientIp(request(), { trustedProxyHops: 0 })).toBe(UNKNOWN_CLIENT);
    expect(clientIp(request("198.51.100.1"), { trustedProxyHops: 0, socketAddress: "192.0.2.10" })).toBe("192.0.2.10");
  });

  it("behind one proxy, takes the entry that proxy appended, whatever the client wrote before it", () => {
    const hops = { trustedProxyHops: 1 };
    expect(clientIp(request("203.0.113.7"), hops)).toBe("203.0.113.7");
    expect(clientIp(request("1.1.1.1, 203.0.113.7"), hops)).toBe("203.0.113.7");
    expect(clientIp(request("9.9.9.9, 8.8.8.8, 203.0.113.7"), hops)).toBe("203.0.113.7");
    // A second header line is part of the same list.
    expect(clientIp(request(["1.1.1.1", "203.0.113.7"]), hops)).toBe("203.0.113.7");
    expect(
      clientIp(
        new Headers([
          ["x-forwarded-for", "1.1.1.1"],
          ["x-forwarded-for", "203.0.113.7"],
        ]),
        hops,
      ),
    ).toBe("203.0.113.7");
  });

  it("behind two proxies, skips the address the outer proxy added for itself", () => {
    const hops = { trustedProxyHops: 2 };
    expect(clientIp(request("spoofed, 203.0.113.7, 10.0.0.2"), hops)).toBe("203.0.113.7");
    // Fewer entries than proxies: the leftmost is the best there is.
    expect(clientIp(request("203.0.113.7"), hops)).toBe("203.0.113.7");
  });

  it("answers the constant for a missing header or an entry that is not an address", () => {
    expect(clientIp(request(), { trustedProxyHops: 1 })).toBe(UNKNOWN_CLIENT);
    expect(clientIp(request("not-an-ip"), { trustedProxyHops: 1 })).toBe(UNKNOWN_CLIENT);
    expect(clientIp(request("1.1.1.1, <script>"), { trustedProxyHops: 1 })).toBe(UNKNOWN_CLIENT);
  });
});

describe("normaliseAddress", () => {
  it("drops ports, brackets, zones and the IPv4-mapped prefix", () => {
    expect(normaliseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("counts IPv6 clients per /64 network, however the address is written", () => {
    expect(normaliseAddress("2001:DB8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(normaliseAddress("2001:db8:aa:bb::ffff")).toBe("2001:db8:aa:bb::/64");
    expect(normaliseAddress("2001:0db8:00aa:00bb:0:0:0:1")).toBe("2001:db8:aa:bb::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("refuses what is not an address", () => {
    expect(normaliseAddress("")).toBeNull();
    expect(normaliseAddress("localhost")).toBeNull();
    expect(normaliseAddress("1.2.3.4.5")).toBeNull();
    expect(normaliseAddress("1".repeat(200))).toBeNull();
  });
});
