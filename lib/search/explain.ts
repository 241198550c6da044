import { fieldLabel, fieldWeight } from "./fields";
import { isCjkCode, type MatchHow, type Slot } from "./query-plan";
import { PREFIX } from "./tsquery";
import type { SearchSection } from "./search-document";
import { excerpt, highlightHtml, mergeRanges, snippetOf, type Range } from "./snippets";

/**
 * Finds where a result matched, for people: the best field, a snippet with
 * highlight ranges (and an HTML form with only <mark> unescaped), and one
 * line of "why". Pure; works on the plain text stored in `sections`.
 */

export type { Range };
export type ExplainHow = MatchHow | "similar";

export interface FieldMatch {
  field: string;
  label: string;
  how: ExplainHow;
  text: string;
}

export interface Explanation {
  field: string;
  label: string;
  snippet: { text: string; highlights: Range[] };
  snippetHtml: string;
  why: string;
  matches: FieldMatch[];
}

export interface SignatureHit {
  /** Position among the document's "signature" sections (0-based). */
  index: number;
  similarity: number;
}

interface Term {
  lexeme: string;
  slot: number;
  how: MatchHow;
  prefix: boolean;
}

const weightFactor = { A: 1, B: 0.6, C: 0.4, D: 0.25 } as const;
const CHAIN = /[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*/gu;

function decodeCjk(code: string): string {
  const hex = code.slice(3);
  const chars: string[] = [];
  for (let i = 0; i < hex.length; i += 5) chars.push(String.fromCodePoint(parseInt(hex.slice(i, i + 5), 16)));
  return chars.join("");
}

/** Long pastes: the rarest words say where a document matched; common ones only add noise (and time). */
const MAX_EXPLAINED_SLOTS = 12;

function termsOf(slots: Slot[]): Term[] {
  const rarity = (slot: Slot) => Math.min(...slot.alternatives.map((a) => a.ndoc));
  const explained = new Set(
    slots
      .map((slot, i) => [i, rarity(slot)] as const)
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, MAX_EXPLAINED_SLOTS)
      .map(([i]) => i),
  );
  return slots.flatMap((slot, i) =>
    !explained.has(i)
      ? []
      : slot.alternatives.flatMap((alt) =>
          alt.lexemes.map((lexeme) => {
            const prefix = lexeme.endsWith(PREFIX);
            return { lexeme: prefix ? lexeme.slice(0, -PREFIX.length) : lexeme, slot: i, how: alt.how, prefix };
          }),
        ),
  );
}

/** A stem matches a word that starts with it (connect: connecting, connection) or its y-form (happi: happy). */
function wordMatches(word: string, lexeme: string): boolean {
  if (word === lexeme) return true;
  if (word.startsWith(lexeme) && word.length - lexeme.length <= 4) return true;
  return lexeme.endsWith("i") && word.startsWith(`${lexeme.slice(0, -1)}y`) && word.length - lexeme.length <= 3;
}

interface SectionScore {
  index: number;
  ranges: Range[];
  /** Matched slots, each with how well (exact 1, fuzzy and translated less). */
  slots: Map<number, number>;
  how: Set<MatchHow>;
  score: number;
}

const howFactor: Record<MatchHow, number> = { exact: 1, fuzzy: 0.8, translated: 0.7, synonym: 0.7 };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The query's terms prepared once per result: CJK strings, word stems, identifier keys. */
interface Needles {
  cjk: Array<{ needle: string; term: Term }>;
  words: Array<{ needle: string; term: Term }>;
  keys: Term[];
}

function needlesOf(terms: Term[]): Needles {
  const cjk = terms.filter((t) => isCjkCode(t.lexeme)).map((term) => ({ needle: decodeCjk(term.lexeme), term }));
  const words = terms.filter((t) => !isCjkCode(t.lexeme) && !t.prefix);
  return {
    cjk,
    words: words.map((term) => ({ needle: term.lexeme.endsWith("i") ? term.lexeme.slice(0, -1) : term.lexeme, term })),
    keys: words.filter((t) => t.lexeme.length > 3),
  };
}

function matchSection(text: string, needles: Needles): Omit<SectionScore, "index" | "score"> {
  const ranges: Range[] = [];
  const slots = new Map<number, number>();
  const how = new Set<MatchHow>();
  const hit = (start: number, end: number, term: Term) => {
    ranges.push([start, end]);
    slots.set(term.slot, Math.max(slots.get(term.slot) ?? 0, howFactor[term.how]));
    how.add(term.how);
  };
  for (const { needle, term } of needles.cjk) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) hit(at, at + needle.length, term);
  }
  const lower = text.toLowerCase();
  // A stem is found where a word starts with it (connect: connection), or its y-form.
  for (const { needle, term } of needles.words) {
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      if (at > 0 && WORD_CHAR.test(lower[at - 1]!)) continue;
      let end = at + needle.length;
      while (end < lower.length && WORD_CHAR.test(lower[end]!)) end++;
      if (wordMatches(lower.slice(at, end), term.lexeme)) hit(at, end, term);
    }
  }
  // Identifier keys (membersperpool) match a whole chain: members_per_pool.
  if (needles.keys.length && /[._-]/.test(lower)) {
    const keys = needles.keys.filter((t) => !lower.includes(t.lexeme));
    if (keys.length && keys.some((t) => lower.replace(/[._-]/g, "").includes(t.lexeme))) {
      for (const match of text.matchAll(CHAIN)) {
        if (!/[._-]/.test(match[0])) continue;
        const key = match[0].replace(/[._-]/g, "").toLowerCase();
        const term = keys.find((t) => t.lexeme === key);
        if (term) hit(match.index, match.index + match[0].length, term);
      }
    }
  }
  return { ranges: ranges.length > 1 ? mergeRanges(ranges) : ranges, slots, how };
}

export function explainMatch(sections: SearchSection[], slots: Slot[], signature: SignatureHit | null): Explanation {
  return explainWithFocus(sections, slots, signature).explanation;
}

/** explainMatch, and the slots (0-based) the best-matching field holds: how focused the match is. */
export function explainWithFocus(
  sections: SearchSection[],
  slots: Slot[],
  signature: SignatureHit | null,
): { explanation: Explanation; bestSlots: number[] } {
  const needles = needlesOf(termsOf(slots));
  const signatureSections = sections.map((s, i) => (s.f === "signature" ? i : -1)).filter((i) => i >= 0);
  const similarSection = signature ? signatureSections[signature.index] : undefined;
  const scored: SectionScore[] = sections.map((section, index) => {
    const match = matchSection(section.t, needles);
    const slotWeight = [...match.slots.values()].reduce((sum, f) => sum + f, 0);
    let score = slotWeight * weightFactor[fieldWeight(section.f)];
    if (index === similarSection && signature) score += 2 * signature.similarity;
    return { index, score, ...match };
  });
  const matched = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.index - b.index);
  const best = matched[0] ?? {
    index: 0,
    ranges: [],
    slots: new Map<number, number>(),
    how: new Set<MatchHow>(),
    score: 0,
  };
  const section = sections[best.index] ?? { f: "title", t: "" };
  const howOf = (s: SectionScore): ExplainHow =>
    s.how.has("fuzzy")
      ? "fuzzy"
      : s.how.has("exact")
        ? "exact"
        : s.how.has("translated")
          ? "translated"
          : s.how.has("synonym")
            ? "synonym"
            : s.index === similarSection
              ? "similar"
              : "exact";
  const matches = matched.slice(0, 5).map((s) => ({
    field: sections[s.index]!.f,
    label: fieldLabel(sections[s.index]!.f),
    how: howOf(s),
    text: excerpt(sections[s.index]!.t, s.ranges),
  }));
  const snippet = snippetOf(section.t, best.ranges);
  const explanation = {
    field: section.f,
    label: fieldLabel(section.f),
    snippet,
    snippetHtml: highlightHtml(snippet.text, snippet.highlights),
    why: whyLine(matched, sections, best, howOf, slots),
    matches,
  };
  return { explanation, bestSlots: [...best.slots.keys()] };
}

function whyLine(
  matched: SectionScore[],
  sections: SearchSection[],
  best: SectionScore,
  howOf: (s: SectionScore) => ExplainHow,
  slots: Slot[],
): string {
  if (matched.length === 0) return "matched words spread across the document";
  const section = sections[best.index]!;
  const how = howOf(best);
  const qualifier = best.how.has("fuzzy")
    ? " (fuzzy)"
    : best.how.has("translated") && !best.how.has("exact")
      ? ` (translated: ${translations(best, slots)})`
      : best.how.has("synonym") && !best.how.has("exact")
        ? ` (synonym: ${synonyms(best, slots)})`
        : how === "similar"
          ? " (similar log line)"
          : "";
  const others = [...new Set(matched.slice(1).map((s) => fieldLabel(sections[s.index]!.f)))].filter(
    (l) => l !== fieldLabel(section.f),
  );
  const also = others.length
    ? `; also in ${others.slice(0, 3).join(", ")}${others.length > 3 ? ` and ${others.length - 3} more` : ""}`
    : "";
  return `matched ${fieldLabel(section.f)} "${excerpt(section.t, best.ranges)}"${qualifier}${also}`;
}

function synonyms(best: SectionScore, slots: Slot[]): string {
  const pairs = [...best.slots.keys()].flatMap((i) =>
    slots[i]!.alternatives.filter((a) => a.how === "synonym").map(
      (a) => `${a.from ?? slots[i]!.text} → ${a.lexemes.join(" ")}`,
    ),
  );
  return [...new Set(pairs)].join(", ");
}

function translations(best: SectionScore, slots: Slot[]): string {
  const pairs = [...best.slots.keys()].flatMap((i) =>
    slots[i]!.alternatives.filter((a) => a.how === "translated").map((a) => `${a.from} → ${a.lexemes.join(" ")}`),
  );
  return [...new Set(pairs)].join(", ");
}
