import { isCommonEnglish } from "./common-words";
import { glossaryExpansions } from "./glossary";
import { andOf, orOf, PREFIX, quote } from "./tsquery";
import { synonymAt, synonymsOf } from "./synonyms";
import { chunks, cjkGrams, cjkRuns, tokenize } from "./tokens";

// One file on purpose (about 270 lines): drafting and planning share the slot structures and their invariants.
/**
 * Turns a normalised query into tsqueries. Pure: the lexemes, document
 * frequencies and fuzzy alternatives come from one lookup in search_terms
 * (see analyzeTokens in search-everything.ts).
 *
 * A slot is one thing the query asks for: a word or identifier, a phrase of a
 * synonym group (lib/search/synonyms.ts), or a CJK run. Each slot matches
 * through alternatives (the word itself, a fuzzy correction, the English of a
 * Chinese glossary term, the other phrases of its synonym group), each an AND
 * of lexemes.
 */

const MAX_LINES = 24;
const MAX_SLOTS = 96;
/** Typos are corrected in what people type (a few words), not in pasted logs full of host names and paths. */
const MAX_FUZZY = 4;
const FUZZY_QUERY_TOKENS = 8;
/** The relaxed tier ORs the rarest slots until about this many documents would match. */
export const RELAXED_BUDGET = 2000;
/** ... and leaves out words in more than this share of documents: they would fill the tier with anything. */
const RELAXED_SHARE = 0.2;
/** A word in more documents than this (and than COMMON_SHARE of them) hardly filters: strict matching leaves it to ranking. */
const COMMON_MIN = 1000;
const COMMON_SHARE = 0.05;

export type MatchHow = "exact" | "fuzzy" | "translated" | "synonym";

export interface Alternative {
  lexemes: string[];
  how: MatchHow;
  /** Documents holding all lexemes, at most (the rarest lexeme's count). */
  ndoc: number;
  /** For fuzzy: the lexeme it replaces; for translated: the Chinese term; for synonym: the phrase typed. */
  from?: string;
}

export interface Slot {
  /** The word, identifier key or CJK run as typed (lowercased). */
  text: string;
  cjk: boolean;
  alternatives: Alternative[];
}

export interface TokenRequest {
  token: string;
  fuzzy: boolean;
}

export interface TokenAnalysis {
  token: string;
  lexeme: string | null;
  ndoc: number;
  alternatives: Array<{ term: string; ndoc: number; sim: number }>;
}

interface DraftSlot {
  text: string;
  cjk: boolean;
  grams: string[];
  glossary: Array<{ term: string; tokens: string[] }>;
  /** A synonym phrase's slot: the tokens typed (all required) ... */
  tokens?: string[];
  /** ... and the group's other phrases with their tokens. */
  synonyms?: Array<{ phrase: string; tokens: string[] }>;
}

export interface QueryDraft {
  slots: DraftSlot[];
  /** Slot indexes per line. */
  lines: number[][];
  requests: TokenRequest[];
}

/** Splits the normalised lines into slots and lists the tokens to look up. */
export function draftQuery(lines: string[]): QueryDraft {
  const slots: DraftSlot[] = [];
  const index = new Map<string, number>();
  const lineSlots: number[][] = [];
  const slotFor = (key: string, make: () => DraftSlot) => {
    let i = index.get(key);
    if (i === undefined && slots.length < MAX_SLOTS) {
      i = slots.push(make()) - 1;
      index.set(key, i);
    }
    return i;
  };
  for (const line of lines.slice(0, MAX_LINES)) {
    const mine = new Set<number>();
    for (const run of cjkRuns(line)) {
      const i = slotFor(`cjk:${run}`, () => ({
        text: run,
        cjk: true,
        grams: [...new Set(cjkGrams(run))],
        glossary: glossaryExpansions(run).map((g) => ({ term: g.term, tokens: tokenize(g.english).tokens })),
      }));
      if (i !== undefined) mine.add(i);
    }
    const found = chunks(line);
    const keys = found.map((c) => c.key);
    for (let at = 0; at < found.length;) {
      // A phrase of a synonym group is one slot; a second phrase of the same group joins it.
      const phrase = synonymAt(keys, at);
      if (phrase) {
        const typed = dedupe(found.slice(at, at + phrase.keys.length).flatMap((c) => c.tokens));
        const i = slotFor(`synonym:${phrase.group}`, () => ({
          text: phrase.phrase,
          cjk: false,
          grams: [],
          glossary: [],
          tokens: typed,
          synonyms: synonymsOf(phrase).map((p) => ({ phrase: p.phrase, tokens: p.tokens })),
        }));
        if (i !== undefined) mine.add(i);
        at += phrase.keys.length;
        continue;
      }
      for (const token of found[at]!.tokens) {
        if (isCjkCode(token)) continue;
        const i = slotFor(token, () => ({ text: token, cjk: false, grams: [], glossary: [] }));
        if (i !== undefined) mine.add(i);
      }
      at++;
    }
    if (mine.size) lineSlots.push([...mine]);
  }
  // What was typed decides whether to correct typos; synonyms only add lookups.
  const typed = new Set<string>();
  const phraseTokens = new Set<string>();
  const synonymTokens = new Set<string>();
  for (const slot of slots) {
    if (slot.cjk) {
      slot.grams.forEach((g) => typed.add(g));
      slot.glossary.forEach((g) => g.tokens.forEach((t) => typed.add(t)));
    } else if (slot.tokens) {
      for (const t of slot.tokens) {
        typed.add(t);
        phraseTokens.add(t);
      }
      slot.synonyms?.forEach((p) => p.tokens.forEach((t) => synonymTokens.add(t)));
    } else typed.add(slot.text);
  }
  // Correct the longest tokens first: an identifier key (memebersperpool) says more than its parts.
  const fuzzy = new Set(
    typed.size <= FUZZY_QUERY_TOKENS
      ? [...typed]
          .filter((t) => t.length >= 5 && !/^\d+$/.test(t) && !isCjkCode(t) && !phraseTokens.has(t))
          .sort((a, b) => b.length - a.length)
          .slice(0, MAX_FUZZY)
      : [],
  );
  const requests = [...new Set([...typed, ...synonymTokens])].map((token) => ({ token, fuzzy: fuzzy.has(token) }));
  return { slots, lines: lineSlots, requests };
}

export interface QueryPlan {
  slots: Slot[];
  /** Slot text the knowledge base does not contain, even approximately. */
  unknown: string[];
  strict: string;
  relaxed: string;
  rank: string;
}

/** Resolves slots to lexemes and builds the strict, relaxed and ranking tsqueries (empty string: none). */
export function planQuery(draft: QueryDraft, analysis: TokenAnalysis[], documents = 0): QueryPlan {
  const byToken = new Map(analysis.map((a) => [a.token, a]));
  const known = (token: string) => {
    const a = byToken.get(token);
    return a?.lexeme && a.ndoc > 0 ? a : undefined;
  };
  /** All of these tokens (stop words aside), when the knowledge base has every one. */
  const allOf = (tokens: string[]): Pick<Alternative, "lexemes" | "ndoc"> | undefined => {
    const found = tokens.map((t) => byToken.get(t));
    const words = found.filter((a) => a?.lexeme);
    if (!words.length || found.includes(undefined) || !words.every((a) => a!.ndoc > 0)) return undefined;
    return { lexemes: dedupe(words.map((a) => a!.lexeme!)), ndoc: Math.min(...words.map((a) => a!.ndoc)) };
  };
  const slots: Array<Slot | null> = draft.slots.map((d) => {
    const alternatives: Alternative[] = [];
    if (d.cjk) {
      const grams = d.grams.map((g) => known(g));
      // One character: match every bigram that starts with it.
      if ([...d.text].length === 1)
        alternatives.push({ lexemes: [`${d.grams[0]!}${PREFIX}`], how: "exact", ndoc: RELAXED_BUDGET });
      else if (grams.every(Boolean))
        alternatives.push({
          lexemes: grams.map((g) => g!.lexeme!),
          how: "exact",
          ndoc: Math.min(...grams.map((g) => g!.ndoc)),
        });
      for (const g of d.glossary) {
        const all = allOf(g.tokens);
        if (all) alternatives.push({ ...all, how: "translated", from: g.term });
      }
    } else if (d.tokens) {
      if (!d.tokens.some((t) => byToken.get(t)?.lexeme)) return null; // only stop words
      const exact = allOf(d.tokens);
      if (exact) alternatives.push({ ...exact, how: "exact" });
      // Synonyms that stem alike (evicted, eviction) would only repeat an alternative.
      const seen = new Set(alternatives.map((a) => [...a.lexemes].sort().join(" ")));
      for (const p of d.synonyms ?? []) {
        const all = allOf(p.tokens);
        const key = all ? [...all.lexemes].sort().join(" ") : "";
        if (!all || seen.has(key)) continue;
        seen.add(key);
        alternatives.push({ ...all, how: "synonym", from: d.text });
      }
    } else {
      const a = byToken.get(d.text);
      if (!a?.lexeme) return null; // a stop word
      if (a.ndoc === 0 && isCommonEnglish(d.text)) return null; // "today", "anymore": no information
      if (a.ndoc > 0) alternatives.push({ lexemes: [a.lexeme], how: "exact", ndoc: a.ndoc });
      for (const alt of a.alternatives)
        alternatives.push({ lexemes: [alt.term], how: "fuzzy", ndoc: alt.ndoc, from: a.lexeme });
    }
    return { text: d.text, cjk: d.cjk, alternatives };
  });
  // connect, connecting and connection are one lexeme: the first slot asking for it stands for all.
  const firstWith = new Map<string, number>();
  const canonical = slots.map((slot, i) => {
    if (!slot?.alternatives.length) return i;
    const key = JSON.stringify(slot.alternatives.map((a) => a.lexemes));
    if (!firstWith.has(key)) firstWith.set(key, i);
    return firstWith.get(key)!;
  });
  const usable = (i: number) => (slots[i]?.alternatives.length ?? 0) > 0 && canonical[i] === i;
  const expr = (i: number) => orOf(slots[i]!.alternatives.map((a) => andOf(a.lexemes.map(quote))));
  const ndoc = (i: number) => slots[i]!.alternatives.reduce((sum, a) => sum + a.ndoc, 0);
  const all = slots.map((_, i) => i).filter(usable);

  // Requiring a word most documents contain costs a long posting-list read and filters nothing.
  const common = Math.max(COMMON_MIN, documents * COMMON_SHARE);
  const distinctive = (slotsOfLine: number[]) => {
    const rare = slotsOfLine.filter((i) => ndoc(i) <= common);
    return rare.length ? rare : [...slotsOfLine].sort((a, b) => ndoc(a) - ndoc(b)).slice(0, 1);
  };
  const lines = draft.lines
    .map((line) => dedupe(line.map((i) => canonical[i]!)).filter(usable))
    .filter((line) => line.length > 1 || (line.length === 1 && ndoc(line[0]!) <= RELAXED_BUDGET));
  const strict =
    draft.lines.length > 1 && lines.length > 0
      ? orOf(dedupe(lines.map((line) => andOf(distinctive(line).map(expr)))))
      : andOf(distinctive(all).map(expr));

  const rarest = [...all].sort((a, b) => ndoc(a) - ndoc(b) || a - b);
  const relaxedSlots: number[] = [];
  let budget = 0;
  for (const i of rarest) {
    if (
      relaxedSlots.length > 0 &&
      (budget + ndoc(i) > RELAXED_BUDGET || (documents > 0 && ndoc(i) > documents * RELAXED_SHARE))
    )
      break;
    relaxedSlots.push(i);
    budget += ndoc(i);
  }
  const relaxed = orOf(relaxedSlots.map(expr));
  const rank = orOf(dedupe(all.flatMap((i) => slots[i]!.alternatives.flatMap((a) => a.lexemes)).map(quote)));
  return {
    slots: all.map((i) => slots[i]!),
    unknown: slots.flatMap((s) => (s && !s.alternatives.length ? [s.text] : [])),
    strict,
    relaxed,
    rank,
  };
}

export { PREFIX };

export function isCjkCode(token: string): boolean {
  return /^cjk[0-9a-f]{5}(?:[0-9a-f]{5})?$/.test(token);
}

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}
