// The API hashes records with Node's native SHA-256 (docs/verifactu.md, "Performance"): the one-shot
// `crypto.hash`, about a third of the cost of a Hash object per record; the domain's own implementation
// gives the same hashes (a domain test checks them against each other, an API test this one against the
// official vectors) and is the default.
import { hash } from 'node:crypto';
import type { Sha256 } from '@antena/domain';

export const nativeSha256: Sha256 = (text) => hash('sha256', text, 'hex').toUpperCase();
