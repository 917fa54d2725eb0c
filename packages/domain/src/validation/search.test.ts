import { describe, expect, it } from 'vitest';
import { searchKey, searchQueryKeys } from './search.js';

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
