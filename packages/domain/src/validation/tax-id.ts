// Spanish tax ids with their check character: NIF (DNI and K/L/M), NIE (X/Y/Z), CIF (docs/rules.md §2 Client.taxId).
import { invalid, valid, type Validation } from './result.js';

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const CIF_LETTERS = 'JABCDEFGHI';

/** The kind of a Spanish tax id: NIF (including K/L/M), NIE or CIF. */
export type TaxIdKind = 'NIF' | 'NIE' | 'CIF';

function nifLetter(num: number): string {
  return NIF_LETTERS[num % 23] as string;
}

/** CIF control digit (0–9) from its seven digits: doubled odd positions, plain even positions. */
function cifControl(seven: string): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const n = seven.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      const dbl = n * 2;
      sum += Math.floor(dbl / 10) + (dbl % 10);
    } else sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Spanish tax id (NIF, NIE or CIF) with its check character verified, normalized, and its kind. */
export function validateSpanishTaxId(s: string): Validation<{ taxId: string; kind: TaxIdKind }> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field: 'taxId' });
  const id = s.toUpperCase().replace(/[\s.-]/g, '');
  const bad = invalid<{ taxId: string; kind: TaxIdKind }>('TAX_ID_INVALID', { value: s.trim() });
  let m = /^(\d{8})([A-Z])$/.exec(id);
  if (m) return nifLetter(Number(m[1])) === m[2] ? valid({ taxId: id, kind: 'NIF' }) : bad;
  // K (minors), L (non-residents), M (foreigners without NIE): seven digits, DNI letter.
  m = /^([KLM])(\d{7})([A-Z])$/.exec(id);
  if (m) return nifLetter(Number(m[2])) === m[3] ? valid({ taxId: id, kind: 'NIF' }) : bad;
  m = /^([XYZ])(\d{7})([A-Z])$/.exec(id);
  if (m) {
    const num = Number(`${'XYZ'.indexOf(m[1] as string)}${m[2]}`);
    return nifLetter(num) === m[3] ? valid({ taxId: id, kind: 'NIE' }) : bad;
  }
  m = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(id);
  if (m) {
    const [, org, seven, ctrl] = m as unknown as [string, string, string, string];
    const digit = cifControl(seven);
    const letter = CIF_LETTERS[digit] as string;
    // Public bodies and foreign entities use a letter, companies (A, B, E, H) a digit; the rest accept either.
    const ok = 'PQRSNW'.includes(org) ? ctrl === letter
      : 'ABEH'.includes(org) ? ctrl === String(digit)
      : ctrl === letter || ctrl === String(digit);
    return ok ? valid({ taxId: id, kind: 'CIF' }) : bad;
  }
  return bad;
}
