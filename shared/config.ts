/**
 * Configuration, parsed once at cold start from an env-like table (tests pass literal tables).
 * Every bad key is named in one ConfigError; values are never echoed (one of them is a secret).
 * Written with zod's functional API (`zod/mini`): every process start parses this, and the classic
 * API's module costs about ten times as much to load as the part of zod these few fields use.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ConfigError } from './errors.js';

// zod/mini leaves messages to a locale ("Invalid input" otherwise); the classic API loads English too.
z.config(en());

/** Structured-output capable models tried in order when OPENROUTER_MODELS is unset. */
export const DEFAULT_MODELS = ['openai/gpt-4o-mini', 'google/gemini-2.5-flash', 'openai/gpt-4.1-mini'];

/** Lambda's 6 MB payload limit leaves about 4.4 MB of PDF once base64-encoded; stay below it everywhere. */
export const DEFAULT_MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 250;

const list = z.pipe(
  z.optional(z.string()),
  z.transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  ),
);

const positiveInt = (fallback: number, max: number) =>
  z.pipe(
    z.optional(z.string()),
    z.transform((v: string | undefined, ctx): number => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0 || n > max) {
        ctx.issues.push({ code: 'custom', message: `must be a whole number from 1 to ${max}`, input: v });
        return z.NEVER;
      }
      return n;
    }),
  );

/** An optional string, trimmed; `empty` is what a blank value becomes. */
const trimmed = <E extends null | undefined>(empty: E) =>
  z.pipe(
    z.optional(z.string()),
    z.transform((v: string | undefined): string | E => (v && v.trim() !== '' ? v.trim() : empty)),
  );

const envSchema = z.object({
  OPENROUTER_API_KEY: trimmed(null),
  OPENROUTER_BASE_URL: z._default(z.optional(z.url()), 'https://openrouter.ai/api/v1'),
  OPENROUTER_MODELS: z.pipe(
    list,
    z.transform((v) => (v.length > 0 ? v : DEFAULT_MODELS)),
  ),
  MAX_UPLOAD_BYTES: positiveInt(DEFAULT_MAX_UPLOAD_BYTES, 32 * 1024 * 1024),
  MAX_PAGES: positiveInt(DEFAULT_MAX_PAGES, 5000),
  CORS_ORIGINS: list,
  API_KEYS: list,
  LOG_LEVEL: z._default(z.optional(z.enum(['debug', 'info', 'warn', 'error'])), 'info'),
  /** A document's time limit, counted from when a warm worker starts on it (queueing is not its fault)… */
  PDF_TIMEOUT_MS: positiveInt(20_000, 600_000),
  /**
   * `true`: the LLM is only routed to Zero Data Retention endpoints (OpenRouter's `provider.zdr`).
   * Fewer providers, and some models have none (their calls then fail with 503 and rotate).
   */
  OPENROUTER_ZDR: z.pipe(
    z.optional(z.enum(['true', 'false'])),
    z.transform((v) => v === 'true'),
  ),
  /** …plus this much per page, so a long statement gets the time its length needs. */
  PDF_PAGE_TIMEOUT_MS: positiveInt(100, 60_000),
  /** Longest wait for a free PDF worker before answering 503 SERVER_BUSY (with Retry-After). */
  PDF_QUEUE_TIMEOUT_MS: positiveInt(10_000, 600_000),
  /** On SIGTERM/SIGINT, how long in-flight requests may take to finish (Cloud Run allows 10 s). */
  SHUTDOWN_GRACE_MS: positiveInt(8_000, 600_000),
  /**
   * The Google Cloud project, for the `logging.googleapis.com/trace` field of request log lines
   * (`projects/ID/traces/…`). Optional: without it lines carry no trace. Cloud Run does not set it.
   */
  GOOGLE_CLOUD_PROJECT: trimmed(undefined),
  /** PDF worker threads per instance; unset (0) lets the adapter decide from the cores it sees. */
  PDF_WORKERS: positiveInt(0, 16),
});

export type Config = z.infer<typeof envSchema>;
export type LogLevel = Config['LOG_LEVEL'];

/** Parses the environment once; throws ConfigError naming every invalid variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (`LOG_LEVEL=` in an env file) means "not set", as shells and platforms treat it.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = envSchema.safeParse(set);
  if (result.success) return result.data;
  const keys = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '?')))];
  const detail = result.error.issues.map((i) => `${String(i.path[0] ?? '?')}: ${i.message}`).join('; ');
  throw new ConfigError('CONFIG_INVALID', `Invalid configuration: ${detail}`, {
    cause: result.error,
    context: { keys: keys.join(',') },
  });
}
