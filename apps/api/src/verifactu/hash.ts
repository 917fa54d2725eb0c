// The API hashes records with Node's native SHA-256 (docs/verifactu.md, "Performance"); the domain's own
// implementation gives the same hashes (a domain test checks them against each other) and is the default.
import { createHash } from 'node:crypto';
import type { Sha256 } from '@antena/domain';

export const nativeSha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex').toUpperCase();
