import type {Page} from 'playwright-core';

const AXE = require.resolve('axe-core');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({path: AXE});
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as {axe: {run: (ctx: Document, opts: object) => Promise<{violations: Array<{id: string; impact: string; help: string; nodes: Array<{target: string[]; failureSummary: string}>}>}>}}).axe.run(document, {resultTypes: ['violations']});
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('')}`)}));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
