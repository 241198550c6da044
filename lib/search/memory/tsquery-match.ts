import { PREFIX } from "../tsquery";

/**
 * The tsqueries of tsquery.ts (quoted lexemes, `:*` prefixes, `&`, `|` and
 * parentheses: the planner writes nothing else) parsed and matched against a
 * sorted list of lexemes, as `tsvector @@ tsquery` does.
 */

export type TsNode = { lexeme: string; prefix: boolean } | { op: "&" | "|"; items: TsNode[] };

const cache = new Map<string, TsNode | null>();

/** The parsed query, or null for "" (which matches nothing). */
export function parseTsquery(text: string): TsNode | null {
  let node = cache.get(text);
  if (node === undefined) {
    node = text.trim() ? new Parser(text).parse() : null;
    if (cache.size > 2000) cache.clear();
    cache.set(text, node);
  }
  return node;
}

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): TsNode {
    const node = this.expression();
    this.space();
    if (this.at < this.text.length) throw this.error("unexpected text");
    return node;
  }

  private expression(): TsNode {
    const items = [this.term()];
    let op: "&" | "|" | null = null;
    for (;;) {
      this.space();
      const c = this.text[this.at];
      if (c !== "&" && c !== "|") break;
      // tsquery.ts never mixes operators inside one pair of parentheses
      if (op && c !== op) throw this.error("mixed operators");
      op = c;
      this.at++;
      items.push(this.term());
    }
    return op ? { op, items } : items[0]!;
  }

  private term(): TsNode {
    this.space();
    if (this.text[this.at] === "(") {
      this.at++;
      const node = this.expression();
      this.space();
      if (this.text[this.at] !== ")") throw this.error("missing )");
      this.at++;
      return node;
    }
    if (this.text[this.at] !== "'") throw this.error("expected a quoted lexeme");
    let lexeme = "";
    for (this.at++; ; this.at++) {
      const c = this.text[this.at];
      if (c === undefined) throw this.error("unterminated lexeme");
      if (c === "\\") lexeme += this.text[++this.at] ?? "";
      else if (c === "'" && this.text[this.at + 1] === "'") lexeme += this.text[++this.at];
      else if (c === "'") break;
      else lexeme += c;
    }
    this.at++;
    const prefix = this.text.startsWith(PREFIX, this.at);
    if (prefix) this.at += PREFIX.length;
    return { lexeme, prefix };
  }

  private space() {
    while (this.text[this.at] === " ") this.at++;
  }

  private error(what: string) {
    return new Error(`tsquery ${JSON.stringify(this.text)}: ${what} at ${this.at}`);
  }
}

/** First index of `sorted` whose value is >= value. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasLexeme(sorted: readonly string[], lexeme: string): boolean {
  const i = lowerBound(sorted, lexeme);
  return i < sorted.length && sorted[i] === lexeme;
}

export function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  const i = lowerBound(sorted, prefix);
  return i < sorted.length && sorted[i]!.startsWith(prefix);
}

/** `lexemes @@ query` for a sorted list of lexemes. */
export function matches(node: TsNode | null, sorted: readonly string[]): boolean {
  if (!node) return false;
  if ("lexeme" in node) return node.prefix ? hasPrefix(sorted, node.lexeme) : hasLexeme(sorted, node.lexeme);
  return node.op === "&" ? node.items.every((n) => matches(n, sorted)) : node.items.some((n) => matches(n, sorted));
}

/** The distinct operands of a query (ts_rank counts each once). */
export function operandsOf(node: TsNode | null): Array<{ lexeme: string; prefix: boolean }> {
  if (!node) return [];
  const all = "lexeme" in node ? [node] : node.items.flatMap(operandsOf);
  const seen = new Map(all.map((o) => [o.lexeme, o]));
  return [...seen.values()];
}
