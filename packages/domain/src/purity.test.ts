// The package stays pure: no clock, no I/O, and no dependency besides ibantools and intl-messageformat.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
});
