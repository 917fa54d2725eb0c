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

// Subscription timelines — state and tariff changes, bonuses, additional amounts — are read by one reader,
// billing/timeline-facts.ts (docs/billing.md "How billing reads its facts"): the billing chunk, the mass-credit run
// and the DataLoaders ask it; other code only writes those tables. A read is a call taking a timeline entity first
// (a repository, a query builder, find…, count…, a join; `ENTITY[type]` too) other than insert/update/delete, or SQL
// naming a timeline table after FROM or JOIN.
const timelineEntity = String.raw`((SubscriptionStateChangeEntity|SubscriptionTariffChangeEntity|BonusEntity|AdditionalAmountEntity)\b|ENTITY\[\w+\])`;
const timelineRead = new RegExp(
  String.raw`\b(?!(insert|update|delete|into|softDelete)\()(?<!delete\(\)\.)\w+\(\s*` + timelineEntity +
  String.raw`|(?<!DELETE )\b(FROM|JOIN)\s+"?(subscription_state_changes|subscription_tariff_changes|bonuses|additional_amounts)\b`, 'g');
const timelineReader = 'apps/api/src/billing/timeline-facts.ts';
/** Not a timeline: the deletion facts count a subscription's bonuses and amounts in the statement that counts its invoice lines. */
const deletionCounts = { path: 'apps/api/src/loaders/counts.ts', line: /\.addSelect\(count\((BonusEntity|AdditionalAmountEntity), '\w+'\), '\w+'\)/ };

test('only billing/timeline-facts.ts reads the timeline tables', () => {
  const offenders = tracked
    .filter((p) => p.startsWith('apps/api/src/') && p !== timelineReader && !p.startsWith('apps/api/src/migrations/') && !p.startsWith('apps/api/src/entities/'))
    .flatMap((path) => {
      const text = readFileSync(join(root, path), 'utf8');
      return [...text.matchAll(timelineRead)].flatMap((m) => {
        const lineNo = text.slice(0, m.index).split('\n').length;
        const line = text.split('\n')[lineNo - 1]!;
        return path === deletionCounts.path && deletionCounts.line.test(line) ? [] : [`${path}:${lineNo}: ${line.trim().slice(0, 120)}`];
      });
    });
  expect(offenders).toEqual([]);
  // The reader itself is seen by the check (so it is looking at the right tables).
  expect([...readFileSync(join(root, timelineReader), 'utf8').matchAll(timelineRead)].length).toBeGreaterThan(0);
  const reads = [
    "(ids) => repo(SubscriptionStateChangeEntity).findBy({ subscriptionId: In([...ids]) })",
    "await m.getRepository(SubscriptionTariffChangeEntity).createQueryBuilder('x').where('x.subscriptionId IN (:...subIds)', { subIds })",
    "ds.manager.createQueryBuilder(SubscriptionTariffChangeEntity, 't').select('t.subscriptionId', 'id')",
    "const row = await m.findOneBy(ENTITY[type] as typeof BonusEntity, { id });",
    "await m.find(\n  AdditionalAmountEntity, { where: { subscriptionId: In(ids) } })",
    "m.createQueryBuilder().select('x.id').from(BonusEntity, 'x')",
    '`SELECT x.state FROM subscription_state_changes x WHERE x."subscriptionId" = ?`',
    '`SELECT b.id FROM subscriptions s JOIN bonuses b ON b."subscriptionId" = s.id`',
    "'SELECT * FROM \"additional_amounts\"'",
  ];
  for (const line of reads) expect(line.match(timelineRead), line).not.toBeNull();
  const writes = [
    'await m.insert(BonusEntity, bonus);', 'await m.delete(SubscriptionStateChangeEntity, { subscriptionId: In(subscriptionIds) });',
    'await m.createQueryBuilder().delete().from(ENTITY[type])', 'await m.createQueryBuilder().update(ENTITY[type])',
    'await t.ds.createQueryBuilder().insert().into(AdditionalAmountEntity).values(rows)', 'await bulkInsert(m, AdditionalAmountEntity, rows);',
    "'DELETE FROM bonuses WHERE id = ?'", 'type Extra = BonusEntity | AdditionalAmountEntity;', '// the days charged from bonuses and amounts',
  ];
  for (const line of writes) expect(line.match(timelineRead), line).toBeNull();
});
