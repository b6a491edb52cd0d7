import {chromium, type Browser, type Page} from 'playwright-core';

/** Debian's Chromium; never a downloaded browser (there is no network for it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Visit {
  status: number | null;
  /** Console errors, uncaught exceptions and failed requests, in the order they happened. */
  errors: string[];
}

/**
 * Opens a URL and records everything a reader's console would show as an error. Listeners are attached before
 * navigation so errors during hydration are caught; `settle` waits for late client-side work.
 */
export async function visit(page: Page, url: string, {settleMs = 300}: {settleMs?: number} = {}): Promise<Visit> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const response = await page.goto(url, {waitUntil: 'load'});
  await page.waitForLoadState('networkidle');
  if (settleMs) await page.waitForTimeout(settleMs);
  return {status: response?.status() ?? null, errors};
}

/** A plain-text field as a reader sees it: `code` spans show without their backticks (see splitInline). */
export function shownText(field: string): string {
  return field.replace(/`([^`\n]+)`/g, '$1');
}
