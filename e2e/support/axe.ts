import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/*
 * axe-core, run inside the page. It is injected as a script, and the built page's
 * Content-Security-Policy (script-src 'self', no 'unsafe-inline') rightly refuses scripts that
 * don't come from its own files — so the contexts that run axe are opened with `bypassCSP: true`.
 * Nothing else does: security.e2e.ts checks the policy itself, with it in force.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule broken, with where. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Every axe violation on the page as it is now (all rules axe runs by default: WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  });
}

/** The serious and critical ones: the bar the app is held to. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
