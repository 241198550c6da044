/**
 * The final ranking of search candidates, pure (search-sql.ts supplies the features).
 *
 * - Each slot of the query (a word, an identifier, a phrase with its synonyms) weighs its
 *   inverse document frequency: a word in every document says nothing, a rare one a lot.
 * - BM25 with a saturated term frequency: a document scores the idf of the slots it
 *   matches, damped by its length against the candidates' median (b), so a 20 KB
 *   postmortem does not win on common words that any long text contains. A slot matched
 *   in a key field (title, signatures) counts fully whatever the length; one matched only
 *   through a correction, translation or synonym counts less.
 * - Coverage: the share of the query's idf a document matches, words the knowledge base
 *   does not know included. It drives confidence (confidence.ts).
 * - A pasted error that resembles a stored signature (trigram similarity) adds to the score.
 * - Patterns: their own score, plus the votes of the most similar incidents that show them.
 */

export interface RankSlot {
  /** documents holding it (the sum over its alternatives), of `documents` */
  ndoc: number;
}

export interface RankCandidate {
  id: string;
  kind: string;
  slug: string;
  sigSim: number | null;
  /** the candidate's pre-ranking score: field-weighted ts_rank and strict-match bonuses */
  pre: number;
  /** 1-based position of the most similar signature among the document's signatures */
  sigIndex: number | null;
  docLength: number;
  patternSlugs: string[];
  /** 1-based slot indexes matched anywhere / in key fields */
  matched: number[];
  exactMatched: number[];
  keyMatched: number[];
}

export interface Ranked extends RankCandidate {
  score: number;
  /** 0..1: the share of the query's weight this document matches */
  coverage: number;
  /** similar incidents that show this pattern, strongest first (patterns only) */
  evidence: Array<{ slug: string; weight: number }>;
}

/**
 * The ranking's parameters, measured with `npm run bench:retrieval`; BENCHMARKS.md records
 * the values tried and how flat the optimum is.
 */
export const rankParams = {
  k1: 1.2,
  b: 0.75,
  /** a slot matched in a key field (title, signatures: short fields) counts this much, whatever the document's length */
  keyWeight: 1.6,
  /** a slot matched only through a correction, translation or synonym counts this share */
  loose: 0.6,
  signatureWeight: 6,
  /** how much the field-weighted ts_rank (title and signatures A ... lessons D) adds */
  fieldRank: 0,
  /** how many of the best incidents vote for their patterns, and how much a vote counts against a pattern's own text */
  voters: 5,
  voteWeight: 0.25,
};

export function idf(ndoc: number, documents: number): number {
  const n = Math.min(Math.max(ndoc, 0), documents);
  return Math.log(1 + (documents - n + 0.5) / (n + 0.5));
}

/** The weight of every slot of the query, and of each word the knowledge base does not know. */
export function queryWeights(slots: RankSlot[], unknownCount: number, documents: number) {
  const weights = slots.map((s) => idf(s.ndoc, documents));
  const unknown = unknownCount * idf(0, documents);
  return { weights, total: weights.reduce((a, b) => a + b, 0) + unknown };
}

function median(values: number[]): number {
  if (!values.length) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! || 1;
}

/** Scores and orders one kind's candidates (best first, ties by slug). */
export function rankCandidates(candidates: RankCandidate[], weights: { weights: number[]; total: number }): Ranked[] {
  const avg = median(candidates.map((c) => c.docLength));
  const ranked = candidates.map((c) => {
    const { k1, b, keyWeight, loose, signatureWeight, fieldRank } = rankParams;
    const norm = (k1 + 1) / (1 + k1 * (1 - b + (b * c.docLength) / avg));
    const key = new Set(c.keyMatched);
    const exact = new Set(c.exactMatched);
    let bm25 = 0;
    let covered = 0;
    for (const i of new Set(c.matched)) {
      const w = (weights.weights[i - 1] ?? 0) * (exact.has(i) ? 1 : loose);
      covered += w;
      bm25 += w * Math.max(norm, key.has(i) ? keyWeight : 0);
    }
    const sig = c.sigSim ?? 0;
    return {
      ...c,
      score: bm25 + signatureWeight * sig * sig + fieldRank * c.pre,
      coverage: weights.total > 0 ? Math.min(1, Math.max(covered / weights.total, sig >= 0.6 ? sig : 0)) : 0,
      evidence: [],
    };
  });
  return ranked.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/**
 * Patterns from evidence: each of the best incidents votes for the patterns it shows,
 * weighted by its score. A pattern only incidents voted for joins with its votes alone.
 */
export function votePatterns(patterns: Ranked[], incidents: Ranked[]): Ranked[] {
  const voters = incidents.slice(0, rankParams.voters).filter((i) => i.score > 0);
  const byPattern = new Map(patterns.map((p) => [p.slug, { ...p, evidence: [] as Ranked["evidence"] }]));
  for (const voter of voters) {
    for (const slug of voter.patternSlugs) {
      let pattern = byPattern.get(slug);
      if (!pattern) {
        pattern = {
          id: `pattern-slug:${slug}`,
          kind: "pattern",
          slug,
          sigSim: null,
          pre: 0,
          sigIndex: null,
          docLength: 0,
          patternSlugs: [slug],
          matched: [],
          exactMatched: [],
          keyMatched: [],
          score: 0,
          coverage: 0,
          evidence: [],
        };
        byPattern.set(slug, pattern);
      }
      pattern.evidence.push({ slug: voter.slug, weight: voter.score });
    }
  }
  return [...byPattern.values()]
    .map((p) => {
      const votes = p.evidence.reduce((sum, e) => sum + e.weight, 0);
      const best = p.evidence.length ? Math.max(...p.evidence.map((e) => coverageOf(incidents, e.slug))) : 0;
      return { ...p, score: p.score + rankParams.voteWeight * votes, coverage: Math.max(p.coverage, best) };
    })
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

function coverageOf(incidents: Ranked[], slug: string): number {
  return incidents.find((i) => i.slug === slug)?.coverage ?? 0;
}
