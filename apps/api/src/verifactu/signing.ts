// No VERI*FACTU mode: records are kept and signed here, and handed over on request (docs/verifactu.md,
// "No VERI*FACTU: signed records"). Each record is signed when it is appended, in the same transaction, over
// its canonical text (canonicalRecord) with the installation's private key: an EC (P-256 …) or RSA key in a
// PEM file named by ANTENA_VERIFACTU_SIGNING_KEY (+ ANTENA_VERIFACTU_SIGNING_KEY_PASSPHRASE if encrypted).
// Anyone holding the public key verifies an export line with verifyExportLine.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { VerifactuRecord } from '@antena/domain';

export interface RecordSigner { algorithm: string; keyId: string; sign(record: VerifactuRecord): string }

/** JSON with object keys sorted at every level and no spaces: the same record always gives the same text. */
export function canonicalRecord(record: VerifactuRecord): string {
  return canonical(record);
}

function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

/** SHA-256 (hex) of the public key's SPKI DER: which key signed a record. */
export function keyIdOf(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(pub.export({ type: 'spki', format: 'der' })).digest('hex');
}

function algorithmOf(key: KeyObject): string {
  if (key.asymmetricKeyType === 'ec') return 'ECDSA-SHA256';
  if (key.asymmetricKeyType === 'rsa') return 'RSA-SHA256';
  if (key.asymmetricKeyType === 'ed25519') return 'Ed25519';
  throw new Error(`VeriFactu signing key: unsupported key type ${key.asymmetricKeyType}`);
}

/** Node's digest argument per algorithm (Ed25519 hashes internally). */
const digestOf = (algorithm: string) => (algorithm === 'Ed25519' ? null : 'sha256');

export function signerFromKey(key: KeyObject): RecordSigner {
  const algorithm = algorithmOf(key);
  const keyId = keyIdOf(key);
  return { algorithm, keyId, sign: (record) => sign(digestOf(algorithm), Buffer.from(canonicalRecord(record), 'utf8'), key).toString('base64') };
}

/** The signer the environment configures, or null when no key is set (records are then kept unsigned; the export says so). */
export function signerFromEnv(env: NodeJS.ProcessEnv = process.env): RecordSigner | null {
  const path = env['ANTENA_VERIFACTU_SIGNING_KEY'];
  if (!path) return null;
  const passphrase = env['ANTENA_VERIFACTU_SIGNING_KEY_PASSPHRASE'];
  return signerFromKey(createPrivateKey({ key: readFileSync(path), ...(passphrase ? { passphrase } : {}) }));
}

/** One line of GET /verifactu/export. */
export interface ExportLine {
  position: number;
  record: VerifactuRecord;
  signature: { algorithm: string; keyId: string; value: string } | null;
}

export type LineCheck = 'VALID' | 'UNSIGNED' | 'OTHER_KEY' | 'INVALID';

/** Whether a line's signature is the given public key's over its record as exported. */
export function verifyExportLine(line: ExportLine, publicKey: KeyObject): LineCheck {
  if (!line.signature) return 'UNSIGNED';
  if (line.signature.keyId !== keyIdOf(publicKey)) return 'OTHER_KEY';
  const ok = verify(digestOf(line.signature.algorithm), Buffer.from(canonicalRecord(line.record), 'utf8'), publicKey, Buffer.from(line.signature.value, 'base64'));
  return ok ? 'VALID' : 'INVALID';
}
