/**
 * pg_trgm's similarity and word_similarity, ported from trgm_op.c so that the
 * snapshot engine corrects words and compares signatures as PostgreSQL does.
 * A word (a run of letters and digits, lowercased) is padded with two spaces
 * before and one after; its trigrams are the 3-character windows of that.
 */

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Trigrams of every word, in order, repeats kept (generate_trgm_only). */
export function trigramsInOrder(text: string): string[] {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    const padded = [..."  ", ...word, " "];
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded[i]! + padded[i + 1]! + padded[i + 2]!);
  }
  return out;
}

export function trigramSet(text: string): Set<string> {
  return new Set(trigramsInOrder(text));
}

/** similarity(a, b): shared trigrams over all distinct trigrams of both. */
export function similarity(a: string, b: string): number {
  return setSimilarity(trigramSet(a), trigramSet(b));
}

export function setSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return Math.fround(shared / (a.size + b.size - shared));
}

const calcSml = (count: number, len1: number, len2: number) => count / (len1 + len2 - count);

/**
 * word_similarity(a, b): the greatest similarity between the trigrams of `a`
 * and any continuous extent of the ordered trigrams of `b`
 * (calc_word_similarity and iterate_word_similarity, without the strict bounds).
 */
export function wordSimilarity(a: string, b: string): number {
  const set1 = trigramSet(a);
  const trg2 = trigramsInOrder(b);
  if (!set1.size || !trg2.length) return 0;
  // Number each distinct trigram; found: whether it is one of a's.
  const ids = new Map<string, number>();
  const found: boolean[] = [];
  const trg2indexes = trg2.map((t) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
      found.push(set1.has(t));
    }
    return id;
  });
  const ulen1 = set1.size;
  const lastpos = new Array<number>(ids.size).fill(-1);
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let max = 0;
  for (let i = 0; i < trg2indexes.length; i++) {
    const trgindex = trg2indexes[i]!;
    if (lower >= 0 || found[trgindex]) {
      if (lastpos[trgindex]! < 0) {
        ulen2++;
        if (found[trgindex]) count++;
      }
      lastpos[trgindex] = i;
    }
    if (!found[trgindex]) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let current = calcSml(count, ulen1, ulen2);
    // Also try to move the lower bound up for a greater similarity.
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const tmp = calcSml(tmpCount, ulen1, tmpUlen2);
      if (tmp > current) {
        current = tmp;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const tmpIndex = trg2indexes[tmpLower]!;
      if (lastpos[tmpIndex] === tmpLower) {
        tmpUlen2--;
        if (found[tmpIndex]) tmpCount--;
      }
    }
    max = Math.max(max, current);
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tmpIndex = trg2indexes[tmpLower]!;
      if (lastpos[tmpIndex] === tmpLower) lastpos[tmpIndex] = -1;
    }
  }
  return Math.fround(max);
}
