// The repository's comments and docs cite its own docs/ (docs/product.md for the product's rules), never a
// document outside the repository or a tracker's issue number: whoever reads the code has only the repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0')
  .filter((p) => /\.(ts|tsx|mts|mjs|js|md|sh|yaml|json)$/.test(p) || p === 'antena' || p.startsWith('.ci/'))
  .filter((p) => !/(^|\/)(pnpm-lock\.yaml|schema\.graphql|CHANGELOG\.md)$/.test(p) && !p.includes('/gql/') && !p.includes('/reference/'));

// What points outside: the product's specification or style guide by their file names and section marks,
// the shared folder they came from, and "issue 4"-style tracker references.
const outside = /\bSPEC(\.md)?\b(?!TION)|\bSTYLE(\.md)? ?§|\.\.\/shared\/|\/work\/(main|shared)|crm-faq|\b[Ii]ssues? ?#?\d+\b/;

test('comments and docs cite only the repository\'s own docs', () => {
  expect(tracked.length).toBeGreaterThan(100);
  const offenders = tracked.flatMap((path) => {
    // The checks themselves name what they look for.
    if (['apps/api/test/repository.test.ts', 'packages/domain/test/readme.test.ts', 'packages/domain/test/surface.test.ts'].includes(path)) return [];
    return readFileSync(join(root, path), 'utf8').split('\n')
      .map((line, i) => (outside.test(line) ? `${path}:${i + 1}: ${line.trim().slice(0, 120)}` : null))
      .filter((x): x is string => x !== null);
  });
  expect(offenders).toEqual([]);
});

test('the check sees a citation when there is one', () => {
  for (const line of ['// rule 1 (SPEC §2)', 'see ../shared/SPEC.md', '(issue 4)', 'Issue #12 says', 'as STYLE §8 shows']) {
    expect(outside.test(line), line).toBe(true);
  }
  for (const line of ['ANTENA_GRAPHQL_INTROSPECTION=true', 'docs/product.md §2', 'the issue date of the invoice']) {
    expect(outside.test(line), line).toBe(false);
  }
});

// The invoice tables are written by billing/ alone (docs/billing.md): other parts of the API call its functions
// (payment-status.ts, invoice-rows.ts) instead of writing invoices or their lines themselves.
const invoiceWrite = /\b(update|insert\(\)\.into|delete\(\)\.from|save|remove)\((InvoiceEntity|InvoiceLineEntity)\b|\b(UPDATE|INSERT INTO|DELETE FROM) "?invoice(s|_lines)"?\s/;

test('only billing/ writes the invoice tables', () => {
  const offenders = tracked
    .filter((p) => p.startsWith('apps/api/src/') && !p.startsWith('apps/api/src/billing/') && !p.startsWith('apps/api/src/migrations/') && !p.startsWith('apps/api/src/bench/') && !p.startsWith('apps/api/src/seed/'))
    .flatMap((path) => readFileSync(join(root, path), 'utf8').split('\n')
      .map((line, i) => (invoiceWrite.test(line) ? `${path}:${i + 1}: ${line.trim().slice(0, 120)}` : null))
      .filter((x): x is string => x !== null));
  expect(offenders).toEqual([]);
  for (const line of ['m.createQueryBuilder().update(InvoiceEntity).set({ voidedAt })', 'UPDATE "invoices" SET status = $1', 'm.save(InvoiceEntity, row)']) expect(invoiceWrite.test(line), line).toBe(true);
});
