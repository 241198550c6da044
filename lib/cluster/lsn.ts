/**
 * PostgreSQL write-ahead-log positions ("16/B374D848"): how far a write went
 * on the primary, and how far a replica has replayed. Compared as numbers.
 */
export type Lsn = string;

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function lsnValue(lsn: Lsn): bigint {
  const match = LSN.exec(lsn);
  if (!match) throw new Error(`not a WAL position: ${JSON.stringify(lsn)}`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export const isLsn = (value: unknown): value is Lsn => typeof value === "string" && LSN.test(value);

/** True when `reached` is at or past `needed` (nothing needed: always). */
export function lsnReached(reached: Lsn | null, needed: Lsn | null): boolean {
  if (needed === null) return true;
  if (reached === null) return false;
  return lsnValue(reached) >= lsnValue(needed);
}

/** The later of two positions. */
export function laterLsn(a: Lsn | null, b: Lsn | null): Lsn | null {
  if (a === null) return b;
  if (b === null) return a;
  return lsnValue(a) >= lsnValue(b) ? a : b;
}
