/**
 * Command-line adapter: `npm run --silent analyze -- <statement.pdf> [--json] [--password pw] [--mode m]`.
 * Reads the file, calls the core, prints the report (or exactly one JSON document) on stdout.
 * Errors: one line "CODE: message" on stderr and a non-zero exit.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeStatement, type Mode } from '../../shared/analyze.js';
import { loadConfig } from '../../shared/config.js';
import { AppError, RequestError, toAppError } from '../../shared/errors.js';
import { llmFromConfig } from '../../shared/llm/from-config.js';
import { createLogger } from '../../shared/log.js';
import { renderReport } from '../../shared/report/text.js';

const USAGE =
  'usage: npm run --silent analyze -- <statement.pdf> [--json] [--password <pw>] [--mode local|llm|auto]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      password: { type: 'string' },
      mode: { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new RequestError('BAD_REQUEST', USAGE);
  const mode = values.mode as Mode;
  if (!['local', 'llm', 'auto'].includes(mode))
    throw new RequestError('BAD_REQUEST', `--mode must be local, llm or auto`);

  const config = loadConfig(process.env);
  // People read this output: only warnings and errors go to stderr unless LOG_LEVEL asks for more.
  const level = process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
  const logger = createLogger(level, (line) => process.stderr.write(`${line}\n`));
  const pdf = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new RequestError('BAD_REQUEST', `cannot read the file (${err.code ?? 'error'})`);
  });
  const llm = llmFromConfig(config, logger);
  const analysis = await analyzeStatement(
    { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), password: values.password, mode },
    { config, logger, llm },
  ).finally(() => llm?.close());
  process.stdout.write(values.json ? `${JSON.stringify(analysis, null, 2)}\n` : renderReport(analysis));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const e =
      err instanceof TypeError && /parseArgs|Unknown option/i.test(String(err))
        ? new AppError('BAD_REQUEST', `${err.message.split('. ')[0]} (${USAGE})`)
        : toAppError(err);
    process.stderr.write(`${e.code}: ${e.code === 'INTERNAL' ? 'unexpected error' : e.message}\n`);
    process.exitCode = e.status >= 500 && e.code !== 'CONFIG_INVALID' ? 70 : 1;
  },
);
