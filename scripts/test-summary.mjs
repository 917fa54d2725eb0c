#!/usr/bin/env node
// Adds up the test counts that vitest ("Tests  N failed | M passed (T)") and node's test runner ("# pass N",
// "# fail N") printed in a CI log, and prints one closing line "Tests: N passed, N failed" for the whole run.
import { readFileSync } from 'node:fs';

const log = readFileSync(process.argv[2] ?? 0, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split('\n')) {
  const vitest = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    for (const [, n, what] of vitest[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
      if (what === 'passed') passed += Number(n);
      else if (what === 'failed') failed += Number(n);
      else skipped += Number(n);
    }
    continue;
  }
  // node's test runner: TAP ("# pass 9") or, since Node 23, the spec reporter ("ℹ pass 9").
  const node = /^[#ℹ]\s+(pass|fail|skipped|todo)\s+(\d+)\s*$/.exec(line.replace(/^.*?:\s(?=[#ℹ])/, ''));
  if (node) {
    if (node[1] === 'pass') passed += Number(node[2]);
    else if (node[1] === 'fail') failed += Number(node[2]);
    else skipped += Number(node[2]);
  }
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
