/** Turns the command line's paths (files and folders) into the list of PDF files to read. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RequestError } from '../../shared/errors.js';

/** Every argument that is a file, and every `*.pdf` directly inside an argument that is a folder (sorted). */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      // A missing or unreadable file is reported with that file, like any other that fails.
      files.push(path);
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((e) => !e.isDirectory() && /\.pdf$/i.test(e.name))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (names.length === 0) throw new RequestError('BAD_REQUEST', `no PDF files in the folder ${path}`);
    files.push(...names.map((n) => join(path, n)));
  }
  return files;
}
