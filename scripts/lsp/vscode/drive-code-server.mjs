#!/usr/bin/env node
// Drives real VS Code (code-server, already serving with the Checker .vsix installed) in Debian's Chromium with
// playwright-core: opens the draft, waits for the squiggle, reads the Problems panel, hovers the wrong figure, opens
// the quick-fix menu and applies the source's figure. A screenshot per step goes to SCREENSHOTS.
// Environment: CODE_SERVER_URL, WORKSPACE (folder holding dev-02-figures.md), SCREENSHOTS, PROFILE (browser profile dir).
// Prints "ok"/"FAIL" per step and "N passed, N failed" last; exits non-zero on failure.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { chromium } = createRequire(join(root, 'vscode-client', 'package.json'))('playwright-core');
const { CODE_SERVER_URL: url, WORKSPACE: workspace, SCREENSHOTS: shots, PROFILE: profile } = process.env;
mkdirSync(shots, { recursive: true });

let passed = 0;
let failed = 0;
let page;

/** Runs one step; a failed step is reported with a screenshot, and later steps that need it are skipped. */
async function step(name, action) {
  try {
    const detail = await action();
    passed++;
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${String(error.message ?? error).split('\n')[0]}`);
    await page?.screenshot({ path: join(shots, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    return false;
  }
}

const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`) });

/** The squiggle under "$7.5 billion": the first flagged line of the draft, so the top-most warning squiggle. */
async function wrongFigureBox() {
  const boxes = [];
  for (const squiggle of await page.locator('.monaco-editor .squiggly-warning').all()) {
    const box = await squiggle.boundingBox();
    if (box) boxes.push(box);
  }
  if (boxes.length === 0) throw new Error('no squiggle');
  boxes.sort((a, b) => a.y - b.y || a.x - b.x);
  return boxes[0];
}

const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  page = browser.pages()[0] ?? (await browser.newPage());
  const ready = await step('workbench loads', async () => {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  });
  const opened = ready && await step('draft opens', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'dev-02-figures.md' }).first().click();
    await page.waitForSelector('.monaco-editor .view-line', { timeout: 30_000 });
  });
  const squiggled = opened && await step('squiggle under the wrong figure', async () => {
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 120_000 });
    await shot('1-squiggle');
    return `${await page.locator('.monaco-editor .squiggly-warning').count()} warnings`;
  });
  if (squiggled) {
    await step('status bar counts the claims', async () => {
      const item = page.locator('[aria-label^="Checker claims"]');
      await item.first().waitFor({ timeout: 30_000 });
      const label = await item.first().getAttribute('aria-label');
      if (!/[1-9]\d* refuted/.test(label)) throw new Error(label);
      return label;
    });
    await step('Problems panel lists FC1001', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'FC1001' }).first();
      await row.waitFor({ timeout: 30_000 });
      await shot('2-problems');
      return (await row.innerText()).split('\n').join(' ').slice(0, 100);
    });
    await step('hover shows the evidence', async () => {
      const box = await wrongFigureBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // Checker's own hover (the verdict and the quoted source), not only VS Code's rendering of the diagnostic.
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'contradicted by the sources' }).first();
      await hover.waitFor({ timeout: 30_000 }).catch(async (error) => {
        const shown = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
        throw new Error(`${error.message.split('\n')[0]}; hover shows: ${shown.join(' | ').slice(0, 300)}`);
      });
      const text = await hover.innerText();
      if (!text.includes('6.5 billion') || !text.includes('Global News')) throw new Error(`no quote or outlet in hover: ${text.slice(0, 300)}`);
      await shot('3-hover');
      return text.split('\n').find((line) => line.includes('contradicted'));
    });
    await step('quick fix offers the source figure and applies it', async () => {
      const box = await wrongFigureBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: '6.5 billion' }).first();
      await fix.waitFor({ timeout: 30_000 });
      await shot('4-quick-fix');
      // The menu opens with its first entry focused; the widget re-renders under a mouse, so use the keyboard.
      if (await page.locator('.action-widget .monaco-list-row.focused', { hasText: '6.5 billion' }).count() > 0) {
        await page.keyboard.press('Enter');
      } else {
        await fix.click({ force: true });
      }
      await page.locator('.monaco-editor .view-line', { hasText: '$6.5 billion in military' }).first().waitFor({ timeout: 15_000 });
      return 'Replace with $6.5 billion';
    });
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
