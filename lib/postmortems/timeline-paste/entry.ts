import type { Stamp } from "./times";

/** One event as a format reader finds it, before dates are settled and kinds guessed. */
export interface PastedEntry {
  stamp: Stamp;
  actor: string;
  text: string;
  /** words that help the kind guess without being part of the text (a CSV's "type" column) */
  hint?: string;
  /** 1-based line (or row, or message) of the paste it starts at */
  line: number;
}

export type ReadResult = { entries: PastedEntry[]; skipped: number } | { error: string };
