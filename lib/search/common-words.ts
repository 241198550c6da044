import stopwordsEn from "stopwords-en/stopwords-en.json";

/**
 * Everyday English words (the stopwords-iso English list: today, anymore, ago, ...). A query
 * word the knowledge base does not contain and that is one of these says nothing about the
 * failure: it is dropped like a stop word, instead of counting as a missing word that
 * lowers confidence. Words the knowledge base does contain are searched as usual.
 */
const common = new Set<string>(stopwordsEn);

export function isCommonEnglish(token: string): boolean {
  return common.has(token);
}
