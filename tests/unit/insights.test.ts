import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { parseInsightFilters, insightQuery } from "@/lib/insights/filters";
import { percentileText } from "@/lib/insights/format";
import { quarterAxis, quartersBetween } from "@/lib/insights/quarters";

describe("quarters of the insights charts", () => {
  test("quartersBetween runs across a year's end and includes both ends", () => {
    assert.deepEqual(quartersBetween("2024-Q3", "2025-Q2"), ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]);
    assert.deepEqual(quartersBetween("2025-Q2", "2025-Q2"), ["2025-Q2"]);
    assert.deepEqual(quartersBetween("2025-Q3", "2025-Q1"), []);
    assert.deepEqual(quartersBetween("2025-Q5", "2026-Q1"), []);
  });

  test("quarterAxis fills the quiet quarters between the first and the last seen", () => {
    assert.deepEqual(quarterAxis(["2025-Q2", "2024-Q4", "2025-Q2", "nonsense"]), ["2024-Q4", "2025-Q1", "2025-Q2"]);
    assert.deepEqual(quarterAxis([]), []);
  });
});

describe("percentiles in the insights tables", () => {
  test("a duration, or why there is none", () => {
    assert.equal(percentileText({ n: 5, p50: 1200, p90: 7200 }, "p50"), "20 min");
    assert.equal(percentileText({ n: 5, p50: 1200, p90: 7200 }, "p90"), "2 h");
    assert.equal(percentileText({ n: 2, p50: null, p90: null }, "p50"), "too few (n=2, needs 3)");
    assert.equal(percentileText({ n: 0, p50: null, p90: null }, "p90"), "no data");
  });
});

describe("insights filters from the URL", () => {
  test("empty values are 'any'; a bad value is left out and named", () => {
    const { filters, errors } = parseInsightFilters(
      new URLSearchParams("from=2025-01-01&to=&provider=Alibaba%20Cloud&origin=mine&severity=SEV2"),
    );
    assert.deepEqual(filters, { from: "2025-01-01", provider: "Alibaba Cloud", severity: "SEV2" });
    assert.deepEqual(errors, [{ field: "origin", message: "origin must be own or public" }]);
    assert.equal(insightQuery(filters), "from=2025-01-01&provider=Alibaba+Cloud&severity=SEV2");
  });

  test("an impossible date and a period that ends before it starts say which field", () => {
    assert.deepEqual(
      parseInsightFilters(new URLSearchParams("from=2025-02-30")).errors.map((e) => e.field),
      ["from"],
    );
    const backwards = parseInsightFilters(new URLSearchParams("from=2025-05-01&to=2025-01-01"));
    assert.deepEqual(backwards.filters, { from: "2025-05-01" });
    assert.equal(backwards.errors[0]?.message, "to must not be before from");
  });
});
