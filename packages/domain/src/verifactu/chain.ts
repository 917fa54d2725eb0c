// Verifying a VeriFactu chain (docs/verifactu.md, "The chain"): every hash recomputed from the stored
// fields, every link compared with the record before it; says where the chain breaks, record by record.
import { recordHash, type HashedFields, type Sha256 } from './record.js';
import { sha256Hex } from './sha256.js';

/** A record as a store keeps it, for `chainVerifier`: its position, its hash and the fields the hash covers. */
export interface StoredRecord extends Omit<HashedFields, 'previousHash'> {
  /** Position in the chain, 1 for the first record. */
  position: number;
  hash: string;
  /**
   * The previous record's hash as the record stores it. A store that keeps the link implied by the order (the record
   * at the position before it) leaves it out: the hash is then recomputed with the previous record's hash, so a
   * changed hash breaks its own record and the one after it.
   */
  previousHash?: string;
}

export type ChainBreakCode = 'CHAIN_HASH_MISMATCH' | 'CHAIN_LINK_MISMATCH' | 'CHAIN_POSITION_GAP';

export interface ChainBreak {
  code: ChainBreakCode;
  position: number;
  number: string;
  /** What the record should hold, and what it holds. */
  expected: string;
  found: string;
}

export interface ChainVerification { length: number; lastHash: string | null; valid: boolean; breaks: ChainBreak[] }

/** Breaks reported at most (a chain rebuilt from scratch would otherwise report every record). */
export const MAX_BREAKS = 100;

/** Feeds the records in chain order, in as many pages as the caller likes; `result()` at the end. */
export function chainVerifier(sha: Sha256 = sha256Hex) {
  let length = 0;
  let lastPosition = 0;
  let lastHash: string | null = null;
  let breakCount = 0;
  const breaks: ChainBreak[] = [];
  const report = (b: ChainBreak) => { breakCount++; if (breaks.length < MAX_BREAKS) breaks.push(b); };
  return {
    add(r: StoredRecord): void {
      length++;
      if (r.position !== lastPosition + 1) report({ code: 'CHAIN_POSITION_GAP', position: r.position, number: r.number, expected: String(lastPosition + 1), found: String(r.position) });
      lastPosition = r.position;
      const expectedPrevious = lastHash ?? '';
      if (r.previousHash !== undefined && r.previousHash !== expectedPrevious) {
        report({ code: 'CHAIN_LINK_MISMATCH', position: r.position, number: r.number, expected: expectedPrevious, found: r.previousHash });
      }
      const recomputed = recordHash(r.previousHash === undefined ? { ...r, previousHash: expectedPrevious } : (r as HashedFields), sha);
      if (recomputed !== r.hash) report({ code: 'CHAIN_HASH_MISMATCH', position: r.position, number: r.number, expected: recomputed, found: r.hash });
      lastHash = r.hash;
    },
    result(): ChainVerification & { breakCount: number } {
      return { length, lastHash, valid: breakCount === 0, breaks: [...breaks], breakCount };
    },
  };
}

export function verifyChain(records: Iterable<StoredRecord>, sha: Sha256 = sha256Hex): ChainVerification & { breakCount: number } {
  const v = chainVerifier(sha);
  for (const r of records) v.add(r);
  return v.result();
}
