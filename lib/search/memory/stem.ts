import stem from "wink-porter2-stemmer";

/**
 * A token's lexeme as PostgreSQL's 'english' configuration makes it
 * (`to_tsvector('english', token)`), without the database: tokens with a
 * digit are numwords (the simple dictionary: kept as they are), stop words
 * have none, other words go through the Snowball English (Porter2) stemmer.
 * The snapshot's `stems` lists the words of the documents where PostgreSQL's
 * stemmer says otherwise (BENCHMARKS.md: how often).
 */

/** PostgreSQL's english.stop (the Snowball list): to_tsvector drops these. */
export const ENGLISH_STOP_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself " +
    "it its itself they them their theirs themselves what which who whom this that these those am is are was were be " +
    "been being have has had having do does did doing a an the and but if or because as until while of at by for with " +
    "about against between into through during before after above below to from up down in out on off over under " +
    "again further then once here there when where why how all any both each few more most other some such no nor " +
    "not only own same so than too very s t can will just don should now"
  ).split(" "),
);

/** The lexeme of one token of tokens.ts (lowercase letters and digits), or null for a stop word. */
export function localLexeme(token: string): string | null {
  if (/\d/.test(token)) return token;
  if (ENGLISH_STOP_WORDS.has(token)) return null;
  return stem(token);
}

/** The lexeme PostgreSQL gives `token`: the snapshot's exceptions first, then localLexeme. */
export function lexemeOf(token: string, exceptions: Record<string, string>): string | null {
  const known = Object.hasOwn(exceptions, token) ? exceptions[token] : undefined;
  if (known !== undefined) return known || null;
  return localLexeme(token);
}
