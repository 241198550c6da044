import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

describe("the client address", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.5, 192.168.0.0/16, fd00::/8");

  test("with no trusted proxy it is the socket's peer, whatever X-Forwarded-For says", () => {
    assert.equal(resolveClientAddress("203.0.113.7", "198.51.100.1", none), "203.0.113.7");
    assert.equal(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", none), "127.0.0.1");
  });

  test("behind a trusted proxy it is the address that proxy saw (the rightmost entry)", () => {
    assert.equal(resolveClientAddress("10.0.0.5", "198.51.100.1", proxies), "198.51.100.1");
    assert.equal(resolveClientAddress("::ffff:10.0.0.5", "198.51.100.1", proxies), "198.51.100.1");
  });

  test("what the client wrote left of the proxy's entry is ignored", () => {
    assert.equal(resolveClientAddress("10.0.0.5", "6.6.6.6, 198.51.100.1", proxies), "198.51.100.1");
  });

  test("a chain of trusted proxies is walked to the first address that is not one", () => {
    assert.equal(resolveClientAddress("10.0.0.5", "6.6.6.6, 198.51.100.1, 192.168.3.4", proxies), "198.51.100.1");
    assert.equal(resolveClientAddress("fd00::1", "2001:db8::9, 192.168.1.1", proxies), "2001:db8::9");
  });

  test("a trusted proxy that forwards nothing, or garbage, is itself the client", () => {
    assert.equal(resolveClientAddress("10.0.0.5", undefined, proxies), "10.0.0.5");
    assert.equal(resolveClientAddress("10.0.0.5", "not-an-address", proxies), "10.0.0.5");
    assert.equal(resolveClientAddress("10.0.0.5", "1.1.1.1, junk, 192.168.0.1", proxies), "192.168.0.1");
  });

  test("an untrusted peer next to a trusted range is not trusted", () => {
    assert.equal(resolveClientAddress("10.0.0.6", "198.51.100.1", proxies), "10.0.0.6");
    assert.equal(resolveClientAddress("192.169.0.1", "198.51.100.1", proxies), "192.169.0.1");
  });

  test("the setting's entries that are not an address or a range are reported", () => {
    assert.deepEqual(parseTrustedProxies("10.0.0.1, nginx, 10.0.0.0/33, ::1/129, 10.0.0.0/8").invalid, [
      "nginx",
      "10.0.0.0/33",
      "::1/129",
    ]);
  });
});
