/** Wires the page: choose or drop a PDF, upload it with progress, then show the analysis or a clear error. */
import { uploadStatement } from './api.js';
import { byId, fill, h } from './dom.js';
import { type ApiError, humanMessage, KEY_CODES, PASSWORD_CODES } from './messages.js';
import { clearAnalysis, renderAnalysis } from './render.js';
import { clearTransactions, initTable, showTransactions } from './table.js';

const drop = byId('drop');
const input = byId<HTMLInputElement>('file');
const form = byId<HTMLFormElement>('retry-form');
const keyRetry = byId('key-retry');
const pwRow = byId('pw-row');
const pw = byId<HTMLInputElement>('pw');
const key = byId<HTMLInputElement>('key');
const status = byId('status');
const progress = byId<HTMLProgressElement>('progress');
const errorBox = byId('error');
const results = byId('results');

/** The file being analysed, kept only so a password can be tried without choosing it again. */
let file: File | null = null;
let busy = false;

// A real <button>: Enter and Space already click it.
drop.addEventListener('click', () => {
  if (!busy) input.click();
});
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  drop.classList.add('over');
});
// A PDF dropped beside the zone would otherwise replace the page with the browser's PDF viewer.
for (const type of ['dragover', 'drop']) window.addEventListener(type, (e) => e.preventDefault());
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const f = e.dataTransfer?.files[0];
  if (f) start(f);
});
input.addEventListener('change', () => {
  const f = input.files?.[0];
  // Clearing the input lets the same file be chosen again after an error.
  input.value = '';
  if (f) start(f);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (file) void analyse(file, pw.value);
});
byId('clear').addEventListener('click', reset);
initTable();

function start(f: File): void {
  if (busy) return;
  file = f;
  pw.value = '';
  pwRow.hidden = true;
  keyRetry.hidden = true;
  void analyse(f, '');
}

async function analyse(f: File, password: string): Promise<void> {
  if (busy) return;
  busy = true;
  drop.setAttribute('aria-disabled', 'true');
  hideError();
  results.hidden = true;
  clearAnalysis();
  clearTransactions();
  setProgress(0);
  const result = await uploadStatement({
    file: f,
    password,
    apiKey: key.value.trim(),
    onProgress: setProgress,
  });
  busy = false;
  drop.removeAttribute('aria-disabled');
  progress.hidden = true;
  if (!result.ok) {
    showError(result.error);
    return;
  }
  file = null;
  pw.value = '';
  pwRow.hidden = true;
  keyRetry.hidden = true;
  fill(status, 'Analysis ready.');
  renderAnalysis(result.analysis);
  showTransactions(result.analysis.transactions, result.analysis.statement.currency);
  results.hidden = false;
  byId('results-h').focus();
}

function setProgress(fraction: number | null): void {
  progress.hidden = false;
  if (fraction === null) {
    progress.removeAttribute('value');
    fill(status, 'Analysing the statement…');
  } else {
    progress.value = fraction;
    fill(status, `Uploading… ${Math.round(fraction * 100)}%`);
  }
}

function showError(e: ApiError): void {
  fill(status, '');
  const needsPassword = PASSWORD_CODES.has(e.code);
  const needsKey = KEY_CODES.has(e.code);
  pwRow.hidden = !needsPassword;
  keyRetry.hidden = !needsKey;
  // The file stays only while the reader can fix the request by typing something.
  if (!needsPassword && !needsKey) file = null;
  if (needsKey) byId<HTMLDetailsElement>('key-box').open = true;
  errorBox.dataset.code = e.code;
  fill(
    errorBox,
    humanMessage(e),
    e.requestId ? h('span', { class: 'request-id' }, `Request ${e.requestId}`) : null,
  );
  errorBox.hidden = false;
  if (needsPassword) pw.focus();
  else if (needsKey) byId('key').focus();
}

function hideError(): void {
  errorBox.hidden = true;
  delete errorBox.dataset.code;
  fill(errorBox);
}

/** Removes the analysis from the page; nothing else holds it. */
function reset(): void {
  file = null;
  pw.value = '';
  results.hidden = true;
  clearAnalysis();
  clearTransactions();
  hideError();
  pwRow.hidden = true;
  keyRetry.hidden = true;
  fill(status, 'Cleared.');
  drop.focus();
}
