/**
 * The one tokenizer of search. Indexed text and queries are cut into tokens
 * here and PostgreSQL only stems them (the 'english' configuration sees
 * nothing but plain alphanumeric words), so PostgreSQL 15, PGlite and any
 * server locale index exactly the same lexemes.
 *
 * - words: runs of letters and digits, lowercased (`Connection` -> `connection`)
 * - identifiers keep their shape as one extra key: `members_per_pool` ->
 *   `members`, `per`, `pool` and `membersperpool`; `ELB.8905` -> `elb`, `8905`,
 *   `elb8905`; CamelCase adds its parts (`CrashLoopBackOff` -> `crash`, `loop`, ...)
 * - short slash words and word:number settings get a key too: `i/o` -> `io`,
 *   `tcp/ip` -> `tcp`, `ip`, `tcpip`; `ndots:5` -> `ndots`, `ndots5`
 * - a single letter is no token: it is in nearly every document (`i/o`, `o'clock`)
 *   and filters nothing; 1-2 digit numbers neither, for the same reason
 * - CJK has no spaces to split on: each run becomes its overlapping bigrams,
 *   written as ASCII (`库存` -> `cjk05e9305b58`) so no parser or locale touches them.
 */

const CJK_CLASS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, "gu");
const CJK_SPLIT = new RegExp(`([${CJK_CLASS}]+)`, "u");
// Tried in this order at each position. A slash pair or word:number standing
// alone (not inside a path, URL or dotted name) is one chunk; anything else is an
// identifier chain as before.
const SLASH_PAIR = String.raw`(?<![\p{L}\p{N}_./:-])\p{L}{1,4}/\p{L}{1,4}(?![\p{L}\p{N}_/]|[.:-][\p{L}\p{N}])`;
const WORD_NUMBER = String.raw`(?<![\p{L}\p{N}_./:-])\p{L}[\p{L}\p{N}]*:\d{1,6}(?![\p{L}\p{N}_:]|[./-][\p{L}\p{N}])`;
const CHAIN = String.raw`[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*`;
const CHUNK = new RegExp(`${SLASH_PAIR}|${WORD_NUMBER}|${CHAIN}`, "gu");
const SEPARATOR = /[._/:-]/;
const MAX_TOKEN = 60;

export function cjkCode(chars: string): string {
  return `cjk${[...chars].map((c) => c.codePointAt(0)!.toString(16).padStart(5, "0")).join("")}`;
}

/** Overlapping bigrams of a CJK run (a single character stays a unigram). */
export function cjkGrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [cjkCode(chars[0]!)];
  return chars.slice(1).map((c, i) => cjkCode(chars[i]! + c));
}

export function cjkRuns(text: string): string[] {
  return text.match(CJK_RUN) ?? [];
}

function camelParts(part: string): string[] {
  if (!/[a-z][A-Z]|[A-Z][A-Z][a-z]/.test(part)) return [];
  return part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
}

const keep = (token: string) => token.length <= MAX_TOKEN && !/^(?:\d{1,2}|\p{L})$/u.test(token);

export interface Tokenized {
  /** What is indexed and searched: words, identifier keys, CamelCase parts, CJK bigrams. */
  tokens: string[];
  /** Words in order, without CJK: the text compared by trigram similarity (CJK is matched by its bigrams). */
  words: string[];
}

/** One word, identifier or technical token as written, with the tokens it gives. */
export interface Chunk {
  /** Lowercased without separators, whether or not it is a token: `nf_conntrack` -> `nfconntrack`, `i/o` -> `io`. */
  key: string;
  tokens: string[];
}

function chunkOf(text: string, words?: string[]): Chunk {
  const parts = text.split(SEPARATOR);
  const tokens: string[] = [];
  for (const part of parts) {
    const lower = part.toLowerCase();
    // Similarity text keeps single letters, as it always has: it is not matched by lexeme.
    if (lower.length > MAX_TOKEN || /^\d{1,2}$/.test(lower)) continue;
    words?.push(lower);
    if (!keep(lower)) continue;
    tokens.push(lower);
    for (const sub of camelParts(part)) if (sub.length > 1 && keep(sub)) tokens.push(sub.toLowerCase());
  }
  const key = parts.join("").toLowerCase();
  if (parts.length > 1 && parts.length <= 6 && key.length <= 48 && !/^\d+$/.test(key)) tokens.push(key);
  return { key, tokens };
}

/** The chunks of text outside CJK runs, in order; chunks that give no token (`a`, `5`) are left out. */
export function chunks(text: string): Chunk[] {
  const found: Chunk[] = [];
  text.split(CJK_SPLIT).forEach((piece, index) => {
    if (index % 2 === 1) return;
    for (const [match] of piece.matchAll(CHUNK)) {
      const chunk = chunkOf(match);
      if (chunk.tokens.length) found.push(chunk);
    }
  });
  return found;
}

export function tokenize(text: string): Tokenized {
  const tokens: string[] = [];
  const words: string[] = [];
  // split() with a capturing group alternates: other text, CJK run, other text, ...
  text.split(CJK_SPLIT).forEach((piece, index) => {
    if (index % 2 === 1) {
      tokens.push(...cjkGrams(piece));
      return;
    }
    for (const [match] of piece.matchAll(CHUNK)) tokens.push(...chunkOf(match, words).tokens);
  });
  return { tokens, words };
}

/** The token text PostgreSQL turns into a tsvector: tokens separated by spaces. */
export function indexText(text: string): string {
  return tokenize(text).tokens.join(" ");
}

/** Similarity texts are compared by pg_trgm for the best candidates only; longer text costs time and adds little. */
export const MAX_SIMILARITY_TEXT = 240;

/** Lowercase words (no CJK), for pg_trgm similarity, cut to MAX_SIMILARITY_TEXT at a word boundary. */
export function similarityText(text: string): string {
  const words = tokenize(text).words.join(" ");
  if (words.length <= MAX_SIMILARITY_TEXT) return words;
  const cut = words.slice(0, MAX_SIMILARITY_TEXT + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 1));
}
