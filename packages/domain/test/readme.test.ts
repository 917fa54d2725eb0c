// The README's examples are the files in examples/, and print what the README says (run here against dist/;
// test/pack.test.ts runs them again from the installed tarball on Node 20 and 24).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot, readmeExamples, runExample } from '../scripts/examples.mjs';

const examples = readmeExamples();

describe('README examples', () => {
  it('the README shows every file of examples/, one block each', () => {
    const files = readdirSync(join(packageRoot, 'examples')).filter((f) => f.endsWith('.mjs')).map((f) => `examples/${f}`).sort();
    expect(examples.map((e) => e.file).sort()).toEqual(files);
  });

  it.each(examples.map((e) => [e.file, e] as const))('%s: the code shown is the file, the output shown is what it prints', (file, e) => {
    expect(e.code).toBe(readFileSync(join(packageRoot, file), 'utf8'));
    expect(e.output.length).toBeGreaterThan(0);
    expect(runExample(process.execPath, file)).toBe(e.output);
  });

  it('the README cites no document outside the repository', () => {
    const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/SPEC|seed\/|\/work\/|issue \d/);
  });
});
