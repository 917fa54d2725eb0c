import { describe, expect, it } from 'vitest';
import { searchKey, searchQueryKeys, searchTerms, validateHitsPerKind, validateSearchTerm } from './search.js';

describe('searchKey', () => {
  it('ignores accents, diacritics and case', () => {
    expect(searchKey('Martín')).toBe('martin');
    expect(searchKey('MUÑOZ Güell')).toBe('munoz guell');
    expect(searchKey('Çava')).toBe('cava');
    expect(searchKey('martin')).toBe(searchKey('MARTÍN'));
  });

  it('folds composed and decomposed forms to the same key', () => {
    expect(searchKey('Mart\u00edn')).toBe(searchKey('Marti\u0301n'));
  });

  it('collapses white space and trims', () => {
    expect(searchKey('  Ana \t  María\n')).toBe('ana maria');
  });

  it('keeps digits and punctuation', () => {
    expect(searchKey('C-000123 a@b.es')).toBe('c-000123 a@b.es');
  });
});

describe('searchQueryKeys', () => {
  it('adds the compact form of a query typed in groups', () => {
    expect(searchQueryKeys('ES91 2100 0418')).toEqual(['es91 2100 0418', 'es9121000418']);
  });

  it('has one key without spaces and none for a blank query', () => {
    expect(searchQueryKeys('Martín')).toEqual(['martin']);
    expect(searchQueryKeys('  ')).toEqual([]);
  });
});

describe('searchTerms and validateSearchTerm', () => {
  it('gives a term from each word start, accents and case folded', () => {
    expect(searchTerms('Martín Güell')).toEqual(['martin guell', 'guell']);
    expect(searchTerms('ana.lopez@example.es')).toEqual(['ana.lopez@example.es', 'lopez@example.es', 'example.es', 'es']);
    expect(searchTerms('Talleres Muñoz, S.L.')).toEqual(['talleres munoz, s.l.', 'munoz, s.l.', 's.l.', 'l.']);
    expect(searchTerms('  ')).toEqual([]);
  });

  it('keys start at a letter or digit; nothing searchable or too long is refused', () => {
    expect(validateSearchTerm(' Martín ')).toEqual({ ok: true, value: ['martin'] });
    expect(validateSearchTerm('ES91 2100')).toEqual({ ok: true, value: ['es91 2100', 'es912100'] });
    expect(validateSearchTerm('@example')).toEqual({ ok: true, value: ['example'] });
    expect(validateSearchTerm(' -- ')).toEqual({ ok: false, code: 'SEARCH_EMPTY' });
    expect(validateSearchTerm('x'.repeat(101))).toEqual({ ok: false, code: 'SEARCH_TOO_LONG', params: { max: 100 } });
  });

  it('hits per kind are 1 to 20, 5 by default', () => {
    expect(validateHitsPerKind(undefined)).toEqual({ ok: true, value: 5 });
    expect(validateHitsPerKind(20)).toEqual({ ok: true, value: 20 });
    expect(validateHitsPerKind(0)).toEqual({ ok: false, code: 'HITS_PER_KIND_INVALID', params: { max: 20, value: '0' } });
  });
});
