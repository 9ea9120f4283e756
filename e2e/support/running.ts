import type { Page } from 'playwright-core';

/** The shipped running deployment and its server file. */
export const RUNNING_INVENTORY = 'public/samples/running-deployment.csv';
export const RUNNING_SERVERS = 'public/samples/running-deployment-servers.csv';

/** Waits until the running view shows a rebalance. */
export async function waitForRebalance(page: Page): Promise<void> {
  await page.getByTestId('running-server-table').waitFor();
}

/** A server row of the running view's table. */
export const serverRow = (page: Page, id: string) => page.locator(`[data-testid="running-server-table"] tr[data-server="${id}"]`);

/** The text of a running-view metric (e.g. 'moved'). */
export async function runningMetric(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-metric="${id}"] .value`).innerText()).trim();
}

/** Picks a server file with the "Process server CSV" input. */
export async function uploadServers(page: Page, file: string): Promise<void> {
  await page.getByLabel('Process server CSV').setInputFiles(file);
}
