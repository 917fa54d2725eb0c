// How typed text is compared when searching: accents and case do not matter, so "martin" finds
// "Martín" and "MUÑOZ" finds "Muñoz" (docs/rules.md §2 model fields). The API stores this key next to
// every searchable record and compares the key of the query with it, the same way on every database.
import { invalid, valid, type Validation } from './result.js';

/**
 * The comparison key of a text for searching: letters without accents or other diacritics, lower
 * case, runs of white space as one space, no leading or trailing space. `ñ` becomes `n` and `ç`
 * becomes `c`, like the accents: a query typed without them still finds the record.
 *
 * @example
 * searchKey('  Martín   MUÑOZ ');  // 'martin munoz'
 * searchKey('Çava, S.L.');         // 'cava, s.l.'
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The keys a query is matched with: its {@link searchKey} and, when it contains spaces, the same key
 * without them, so an IBAN or a tax id typed in groups ("ES91 2100 0418") finds the compact stored value.
 *
 * @example
 * searchQueryKeys('ES91 2100');  // ['es91 2100', 'es912100']
 * searchQueryKeys('Martín');     // ['martin']
 * searchQueryKeys('   ');        // []
 */
export function searchQueryKeys(query: string): string[] {
  const key = searchKey(query);
  if (key === '') return [];
  const compact = key.replace(/ /g, '');
  return compact === key ? [key] : [key, compact];
}

/** The longest query a global search takes, in characters. */
export const SEARCH_TERM_MAX = 100;
/** The most hits of each kind a global search answers with. */
export const HITS_PER_KIND_MAX = 20;
/** The hits of each kind a global search answers with when not asked for a number. */
export const HITS_PER_KIND_DEFAULT = 5;
/** Stored word-start terms are cut to this many characters: more than any accepted query key. */
export const SEARCH_TERM_STORED_MAX = 120;

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/**
 * The word-start terms of a text: its {@link searchKey} from each place where a word (letters or digits) begins,
 * to the end of the text, cut to {@link SEARCH_TERM_STORED_MAX} characters. A query matches the text at a word
 * start when its key is a prefix of one of these terms, so "gue" finds "Martín Güell" but "ell" does not.
 *
 * @example
 * searchTerms('Martín Güell');        // ['martin guell', 'guell']
 * searchTerms('Talleres Muñoz, S.L.'); // ['talleres munoz, s.l.', 'munoz, s.l.', 's.l.', 'l.']
 */
export function searchTerms(text: string): string[] {
  const key = searchKey(text);
  const terms: string[] = [];
  for (const m of key.matchAll(WORD_START)) terms.push(key.slice(m.index).slice(0, SEARCH_TERM_STORED_MAX));
  return [...new Set(terms)];
}

/**
 * Checks a global search query and gives the keys to look up, each starting at a letter or digit: the query's
 * key and, when it has spaces, its compact form (an IBAN typed in groups). Refused when nothing searchable
 * is left (`SEARCH_EMPTY`) or it is longer than {@link SEARCH_TERM_MAX} characters (`SEARCH_TOO_LONG`).
 *
 * @example
 * validateSearchTerm(' Martín ').ok;  // true, keys ['martin']
 * validateSearchTerm(' -- ').ok;      // false, code 'SEARCH_EMPTY'
 */
export function validateSearchTerm(term: string): Validation<string[]> {
  if (term.length > SEARCH_TERM_MAX) return invalid('SEARCH_TOO_LONG', { max: SEARCH_TERM_MAX });
  const keys = searchQueryKeys(term)
    .map((k) => k.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, SEARCH_TERM_STORED_MAX))
    .filter((k, i, all) => k !== '' && all.indexOf(k) === i);
  return keys.length === 0 ? invalid('SEARCH_EMPTY') : valid(keys);
}

/**
 * Checks how many hits of each kind a global search may answer with: an integer from 1 to {@link HITS_PER_KIND_MAX}
 * (`HITS_PER_KIND_INVALID` otherwise); null or undefined is {@link HITS_PER_KIND_DEFAULT}.
 */
export function validateHitsPerKind(first: number | null | undefined): Validation<number> {
  if (first == null) return valid(HITS_PER_KIND_DEFAULT);
  return Number.isInteger(first) && first >= 1 && first <= HITS_PER_KIND_MAX
    ? valid(first) : invalid('HITS_PER_KIND_INVALID', { max: HITS_PER_KIND_MAX, value: String(first) });
}
