/**
 * How sure search is, said plainly: "high" when the best match covers most of what the
 * query asks (by idf weight, unknown words included), or a good part of it within one
 * field, or a stored signature resembles the pasted error closely; "low" when only part of it, or only common words, matched; "none"
 * when nothing meaningful did.
 */

export type Confidence = "high" | "low" | "none";

export interface ConfidenceInput {
  coverage: number;
  /** the share of the query's weight its best-matching field holds (0 when unknown) */
  focus: number;
  sigSim: number | null;
  /** distinctive slots (rare in the knowledge base) the item matches, and how many the query has */
  distinctiveMatched: number;
  distinctiveTotal: number;
}

/**
 * The thresholds, calibrated with `npm run bench:retrieval -- --sweep` (BENCHMARKS.md): the
 * share of negatives flagged against the share of positives flagged at each setting.
 */
export const confidenceParams = {
  /** coverage for "high" */
  high: 0.55,
  /** a match concentrated in one field (a title, a signature, a root cause) is strong with a little less coverage */
  focused: 0.45,
  focus: 0.3,
  /** below this coverage: "none" */
  low: 0.25,
  /** trigram similarity with a stored signature that is "high" on its own */
  signature: 0.6,
};

export function confidenceOf(item: ConfidenceInput | undefined): Confidence {
  if (!item) return "none";
  const { high, focused, focus, low, signature } = confidenceParams;
  if ((item.sigSim ?? 0) >= signature) return "high";
  if (item.coverage < low || item.distinctiveMatched === 0) return "none";
  const enough = Math.min(2, item.distinctiveTotal);
  if (item.distinctiveMatched >= enough && item.coverage >= high) return "high";
  if (item.distinctiveMatched >= enough && item.coverage >= focused && item.focus >= focus) return "high";
  return "low";
}

export function confidenceReason(
  confidence: Confidence,
  best: ConfidenceInput | undefined,
  unknown: string[],
  wordCount: number,
): string {
  const missing = unknown.length
    ? `${unknown.length} of ${wordCount} ${wordCount === 1 ? "word is" : "words are"} not in the knowledge base: ${unknown.slice(0, 8).join(", ")}${unknown.length > 8 ? ", …" : ""}. `
    : "";
  if (!best) return `${missing}Nothing in the knowledge base matches this.`;
  if (confidence === "high")
    return (best.sigSim ?? 0) >= confidenceParams.signature
      ? "A stored error signature closely matches what you pasted."
      : `The best match covers ${Math.round(best.coverage * 100)}% of what you asked, its distinctive words included.`;
  if (confidence === "low")
    return `${missing}No strong match: the best result covers ${Math.round(best.coverage * 100)}% of what you asked.`;
  return `${missing}No match: only common words of the query occur in the knowledge base.`;
}
