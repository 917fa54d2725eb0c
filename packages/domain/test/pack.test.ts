// What a stranger gets: `pnpm pack`, the tarball installed with npm into an empty project, and every README
// example run there on Node 20 (the system's /usr/bin/node, or ANTENA_NODE20) and on the current Node (24),
// printing exactly what the README shows; every entry point imports on both.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, readmeExamples, runExample } from '../scripts/examples.mjs';

const node20 = process.env['ANTENA_NODE20'] ?? '/usr/bin/node';
const major = (node: string): number => Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
// Node 22 too when the machine has one (ANTENA_NODE22, or `node22` on the PATH).
const node22 = [process.env['ANTENA_NODE22'], 'node22'].find((bin) => {
  try {
    return bin !== undefined && major(bin) === 22;
  } catch {
    return false;
  }
});
const nodes = [
  { name: 'Node 20', bin: node20 },
  ...(node22 ? [{ name: 'Node 22', bin: node22 }] : []),
  { name: `Node ${process.versions.node.split('.')[0]} (current)`, bin: process.execPath },
];
const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
const examples = readmeExamples();

let scratch = '';
let project = '';
let packed: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'antena-pack-'));
  // prepack builds dist/ first, so the tarball is what `pnpm publish` would upload.
  execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: packageRoot, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball in ${scratch}`);
  packed = execFileSync('tar', ['-tzf', join(scratch, tarball)], { encoding: 'utf8' }).trim().split('\n');
  project = join(scratch, 'project');
  mkdirSync(join(project, 'examples'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(scratch, tarball)], { cwd: project, stdio: 'pipe' });
  for (const e of examples) copyFileSync(join(packageRoot, e.file), join(project, e.file));
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the build, the docs and the licence, and no tests or benchmark', () => {
    for (const f of ['package/package.json', 'package/LICENSE', 'package/README.md', 'package/CHANGELOG.md', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/docs/codes.md']) {
      expect(packed, f).toContain(f);
    }
    expect(packed.filter((f) => /\.test\.|\/bench\/|test-support/.test(f))).toEqual([]);
  });

  it('is run on Node 20 and a newer Node', () => {
    expect(major(node20), `${node20} should be Node 20 (set ANTENA_NODE20)`).toBe(20);
    expect(major(process.execPath)).toBeGreaterThanOrEqual(22);
  });

  describe.each(nodes)('$name', ({ bin }) => {
    it.each(examples.map((e) => [e.file, e] as const))('%s prints what the README shows', (file, e) => {
      expect(runExample(bin, file, project)).toBe(e.output);
    });

    it('every entry point of package.json imports', () => {
      const specifiers = Object.keys(manifest.exports).filter((k) => k !== './package.json').map((k) => manifest.name + k.slice(1));
      const script = `for (const s of ${JSON.stringify(specifiers)}) { const m = await import(s); if (Object.keys(m).length === 0) throw new Error(s + ' is empty'); } console.log('ok');`;
      expect(execFileSync(bin, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }).trim()).toBe('ok');
    });
  });
});
