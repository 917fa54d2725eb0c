// The public surface is deliberate: package.json exports one entry point per module, each module's names are
// also on the root, the calculation's internals stay internal, and the sources cite only the repository's docs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../scripts/examples.mjs';

const src = join(packageRoot, 'src');
const modules = readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory() && readdirSync(join(src, d)).includes('index.ts')).sort();
const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string } | string> };

const program = ts.createProgram([join(src, 'index.ts'), ...modules.map((m) => join(src, m, 'index.ts'))], {
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true,
});
const checker = program.getTypeChecker();
function exportedNames(file: string): string[] {
  const sf = program.getSourceFile(file);
  const symbol = sf && checker.getSymbolAtLocation(sf);
  return symbol ? checker.getExportsOfModule(symbol).map((s) => s.name).sort() : [];
}
const rootNames = exportedNames(join(src, 'index.ts'));

describe('public surface', () => {
  it('package.json exports the root and one entry point per module, each with types', () => {
    const expected = ['.', ...modules.map((m) => `./${m}`), './package.json'].sort();
    expect(Object.keys(manifest.exports).sort()).toEqual(expected);
    for (const m of modules) expect(manifest.exports[`./${m}`]).toEqual({ types: `./dist/${m}/index.d.ts`, default: `./dist/${m}/index.js` });
  });

  it.each(modules)('every name of @antena/domain/%s is also exported from @antena/domain', (m) => {
    const names = exportedNames(join(src, m, 'index.ts'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !rootNames.includes(n))).toEqual([]);
  });

  it('keeps the calculation internals internal', () => {
    for (const n of ['toDayNumber', 'fromDayNumber', 'parseDateOnly', 'dayNumberOf', 'civilOf', 'daysInMonthOf', 'isLeapYear',
      'parsePeriod', 'divideRounded', 'chronological', 'entryOn', 'catalogEs', 'catalogEn', 'screenInvoiceInput', 'isCents']) {
      expect(rootNames, n).not.toContain(n);
    }
  });

  it('source comments cite only the repository\'s own docs', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|mjs)$/.test(name) && /\bSPEC\b|STYLE example|\bissue \d|seed\/|\/work\//.test(readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    for (const dir of ['src', 'examples', 'scripts']) walk(join(packageRoot, dir));
    expect(offenders).toEqual([]);
  });
});
