/** What the browser tests share: uploads through the real file chooser, the API's own answer, figure formats. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type GenerateOptions, generateStatement } from '../../scripts/statements/index.js';
import type { Analysis } from '../../shared/schema.js';

/** Generates a statement and writes it where a file chooser can pick it. */
export async function statementFile(dir: string, name: string, o: GenerateOptions): Promise<string> {
  const { pdf } = await generateStatement(o);
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return path;
}

/** The Analysis the API answers for these bytes (what the page must show). */
export async function apiAnalysis(
  base: string,
  pdf: Buffer,
  headers: Record<string, string> = {},
): Promise<Analysis> {
  const res = await fetch(`${base}/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', ...headers },
    body: pdf,
  });
  if (res.status !== 200) throw new Error(`the API answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Analysis;
}

/** Chooses the file the way a person does: focus the drop zone, press Enter, pick in the chooser. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  await page.focus('#drop');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  await chooser.setFiles(path);
}

/** Drops bytes on the drop zone as a dragged file would arrive. */
export async function dropFile(page: Page, bytes: Buffer, name: string, type: string): Promise<void> {
  // A string, because the tests compile without the DOM library; it runs in the page.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const bin = Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bin], ${JSON.stringify(name)}, { type: ${JSON.stringify(type)} }));
    return dt;
  })()`);
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
}

/** Waits for the analysis to be on screen. */
export async function resultsShown(page: Page): Promise<void> {
  await page.locator('#results').waitFor({ state: 'visible', timeout: 45_000 });
}

/** Money as an en-US browser shows it. */
export function money(amount: number, currency: string | null): string {
  if (currency === null)
    return new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      amount,
    );
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
}

/** A calendar date as an en-US browser shows it ("Jan 5, 2027"). */
export function day(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Whole days between two ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF rows. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}
