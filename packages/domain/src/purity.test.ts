// The package stays pure: no clock, no I/O, and no dependency besides ibantools and intl-messageformat.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'bench' || name === 'test-support' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('purity', () => {
  const files = sources(root).map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));

  it('finds the modules', () => expect(files.length).toBeGreaterThan(30));

  it('reads no clock: Date only inside todayFrom', () => {
    const offenders = files.filter((f) => /Date\.now\(|new Date\(|performance\.now\(/.test(f.text) && f.path !== join('dates', 'today.ts'));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('does no I/O and imports only its two dependencies', () => {
    const allowed = new Set(['ibantools', 'intl-messageformat']);
    for (const f of files) {
      for (const m of f.text.matchAll(/from '([^']+)'/g)) {
        const spec = m[1]!;
        expect(spec.startsWith('.') || allowed.has(spec), `${f.path} imports ${spec}`).toBe(true);
      }
      expect(/\bprocess\.|\bconsole\.|\brequire\(/.test(f.text), `${f.path} touches the process`).toBe(false);
    }
  });

  it('every module starts by saying what it holds', () => {
    for (const f of files) expect(f.text.startsWith('// '), f.path).toBe(true);
  });

  // Each module owns its explanation codes; the message catalog imports them, never the other way round.
  const graph = new Map(files.map((f) => [f.path, [...f.text.matchAll(/from '(\.[^']+)'/g)].map((m) => normalize(join(dirname(f.path), m[1]!)).replace(/\.js$/, '.ts'))]));

  it('has no import cycle, type imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it.each([['billing'], ['contract'], ['dates'], ['deletion'], ['jobs'], ['money'], ['sepa'], ['subscription'], ['validation'], ['verifactu']])(
    'module %s imports neither the message catalog nor the explanations, only the refusal shape',
    (dir) => {
      const allowed = new Set([join('explain', 'refusal.ts'), join('i18n', 'entry.ts')]);
      const offenders = [...graph].filter(([f]) => f.startsWith(dir + '/'))
        .flatMap(([f, deps]) => deps.filter((d) => (d.startsWith('i18n/') || d.startsWith('explain/')) && !allowed.has(d)).map((d) => `${f} → ${d}`));
      expect(offenders).toEqual([]);
    },
  );
});
