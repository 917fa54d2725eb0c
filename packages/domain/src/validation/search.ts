// How typed text is compared when searching: accents and case do not matter, so "martin" finds
// "Martín" and "MUÑOZ" finds "Muñoz" (docs/rules.md §2 model fields). The API stores this key next to
// every searchable record and compares the key of the query with it, the same way on every database.

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
