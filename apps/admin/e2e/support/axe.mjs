// axe-core on every page state the browser tests visit: a critical or serious violation fails the test
// at the step that showed it; moderate and minor ones are collected for the run's summary.
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FAILING = new Set(['critical', 'serious']);

/** Every violation seen in this run, by page state: `{ state, id, impact, nodes }`. */
export const seen = [];

const inToast = (node) => node.target.join(' ').includes('mantine-Notification');

/** axe once no transition or animation is running (Mantine's modals and notifications use CSS transitions). */
async function analyzeSettled(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 3000 }).catch(() => undefined);
  return (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
}

/** Runs axe on the page as it is now; throws listing each critical or serious violation. */
export async function checkAccessibility(page, state) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // What the last step started (a modal, a toast) has begun its transition by then.
  await page.waitForTimeout(250);
  let violations = await analyzeSettled(page);
  // A toast that started to fade in or out while axe ran is seen half transparent (its text's contrast computed
  // against the page through it): judged again once it has settled. A real contrast fault stays and fails.
  for (let retry = 0; retry < 3 && violations.some((v) => FAILING.has(v.impact ?? '') && v.nodes.every(inToast)); retry++) {
    violations = await analyzeSettled(page);
  }
  for (const v of violations) seen.push({ state, id: v.id, impact: v.impact, nodes: v.nodes.length });
  const failing = violations.filter((v) => FAILING.has(v.impact ?? ''));
  if (failing.length > 0) {
    const lines = failing.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`).join('\n')}`);
    throw new Error(`axe found ${failing.length} critical/serious violation(s) on "${state}":\n${lines.join('\n')}`);
  }
}
