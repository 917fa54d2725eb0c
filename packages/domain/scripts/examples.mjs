// The README's runnable examples: each is a block between `<!-- example examples/NAME.mjs -->` and
// `<!-- /example -->` holding the file's code and the output it prints. Tests compare both with the files and
// with what they print (test/readme.test.ts here, test/pack.test.ts from an installed tarball on Node 20 and 24).
//   node scripts/examples.mjs --write   runs every example (build first) and rewrites those README blocks
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLOCK = /<!-- example (examples\/[\w.-]+\.mjs) -->\n```js\n([\s\S]*?)```\n\nIt prints:\n\n```text\n([\s\S]*?)```\n<!-- \/example -->/g;

/** The examples the README shows: file, the code shown, the output shown. */
export function readmeExamples(readme = readFileSync(join(packageRoot, 'README.md'), 'utf8')) {
  return [...readme.matchAll(BLOCK)].map((m) => ({ file: m[1], code: m[2], output: m[3] }));
}

/** Runs one example with a given node binary in a directory where `@antena/domain` resolves; returns stdout. */
export function runExample(node, file, cwd = packageRoot) {
  return execFileSync(node, [file], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
}

function render(file, output) {
  const code = readFileSync(join(packageRoot, file), 'utf8');
  return `<!-- example ${file} -->\n\`\`\`js\n${code}\`\`\`\n\nIt prints:\n\n\`\`\`text\n${output}\`\`\`\n<!-- /example -->`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  const path = join(packageRoot, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const next = readme.replace(BLOCK, (_, file) => render(file, runExample(process.execPath, file)));
  writeFileSync(path, next);
  console.log(`README.md: ${readmeExamples(next).length} examples written`);
}
