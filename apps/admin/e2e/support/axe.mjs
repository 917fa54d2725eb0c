// axe-core on every page state the browser tests visit: a critical or serious violation fails the test
// at the step that showed it; moderate and minor ones are collected for the run's summary.
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FAILING = new Set(['critical', 'serious']);

/** Every violation seen in this run, by page state: `{ state, id, impact, nodes }`. */
export const seen = [];

/** Runs axe on the page as it is now; throws listing each critical or serious violation. */
export async function checkAccessibility(page, state) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Mantine's transitions (modals, notifications) end within 200 ms; axe must see the final colours.
  await page.waitForTimeout(250);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of violations) seen.push({ state, id: v.id, impact: v.impact, nodes: v.nodes.length });
  const failing = violations.filter((v) => FAILING.has(v.impact ?? ''));
  if (failing.length > 0) {
    const lines = failing.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`).join('\n')}`);
    throw new Error(`axe found ${failing.length} critical/serious violation(s) on "${state}":\n${lines.join('\n')}`);
  }
}
