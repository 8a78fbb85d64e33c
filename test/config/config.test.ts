/** Configuration is parsed once from an env table: defaults, values, and one error naming every bad key. */
import {
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_UPLOAD_BYTES,
  DEFAULT_MODELS,
  loadConfig,
} from '../../shared/config.js';

test('an empty environment gives the documented defaults (local engine only)', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({
    OPENROUTER_API_KEY: null,
    OPENROUTER_BASE_URL: 'https://openrouter.ai/api/v1',
    OPENROUTER_MODELS: DEFAULT_MODELS,
    MAX_UPLOAD_BYTES: DEFAULT_MAX_UPLOAD_BYTES,
    MAX_PAGES: DEFAULT_MAX_PAGES,
    CORS_ORIGINS: [],
    API_KEYS: [],
    LOG_LEVEL: 'info',
    PDF_TIMEOUT_MS: 20_000,
    PDF_WORKERS: 0,
  });
});

test('values are read, lists split and trimmed, and empty variables count as unset', () => {
  const c = loadConfig({
    OPENROUTER_API_KEY: ' sk-x ',
    OPENROUTER_MODELS: 'a/b, c/d ,',
    CORS_ORIGINS: 'https://a.example,https://b.example',
    MAX_PAGES: '40',
    PDF_WORKERS: '2',
    LOG_LEVEL: '',
  });
  expect(c.OPENROUTER_API_KEY).toBe('sk-x');
  expect(c.OPENROUTER_MODELS).toEqual(['a/b', 'c/d']);
  expect(c.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  expect(c.MAX_PAGES).toBe(40);
  expect(c.PDF_WORKERS).toBe(2);
  expect(c.LOG_LEVEL).toBe('info');
});

test('every bad variable is named in one CONFIG_INVALID error, without echoing the values', () => {
  let caught: unknown;
  try {
    loadConfig({ MAX_PAGES: 'many', PDF_WORKERS: '0', LOG_LEVEL: 'loud', OPENROUTER_BASE_URL: 'not a url' });
  } catch (err) {
    caught = err;
  }
  expect(caught).toMatchObject({ code: 'CONFIG_INVALID', status: 500 });
  const message = (caught as Error).message;
  for (const key of ['MAX_PAGES', 'PDF_WORKERS', 'LOG_LEVEL', 'OPENROUTER_BASE_URL'])
    expect(message).toContain(key);
  expect(message).not.toContain('many');
  expect(message).not.toContain('loud');
});
