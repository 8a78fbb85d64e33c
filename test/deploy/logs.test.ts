/** Log lines as Cloud Logging and CloudWatch read them, and whose request id a line carries. */
import { createLogger, TRACE_FIELD, traceFields } from '../../shared/log.js';
import { chooseRequestId } from '../../shared/request-id.js';

const TRACE = '105445aa7843bc8bf206b12000100000';

describe('log lines', () => {
  it('carry the text in `message` (what Cloud Logging shows) with `severity`, and no `msg`', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l), { service: 'cca' });
    log.warn('request', {
      status: 422,
      ...traceFields({ 'x-cloud-trace-context': `${TRACE}/1;o=1` }, 'my-project'),
    });
    log.debug('dropped');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string);
    expect(line).toMatchObject({ severity: 'WARNING', message: 'request', service: 'cca', status: 422 });
    expect(line).not.toHaveProperty('msg');
    expect(line[TRACE_FIELD]).toBe(`projects/my-project/traces/${TRACE}`);
  });

  it('take the trace from X-Cloud-Trace-Context or traceparent, and only a well-formed one', () => {
    expect(traceFields({ traceparent: `00-${TRACE}-00f067aa0ba902b7-01` }, 'my-project')).toEqual({
      [TRACE_FIELD]: `projects/my-project/traces/${TRACE}`,
    });
    expect(traceFields({ 'x-cloud-trace-context': `${TRACE}/1` }, undefined)).toEqual({});
    expect(traceFields({}, 'my-project')).toEqual({});
    expect(traceFields({ 'x-cloud-trace-context': 'john.smith@example.com/1' }, 'my-project')).toEqual({});
    expect(traceFields({ 'x-cloud-trace-context': `${TRACE}/1` }, 'Bad Project/../x')).toEqual({});
  });
});

describe('chooseRequestId', () => {
  it('prefers the platform id over the Cloud Run trace id over the client header', () => {
    const headers = { 'x-request-id': 'client-chosen', 'x-cloud-trace-context': `${TRACE}/1;o=1` };
    expect(chooseRequestId(headers, 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef')).toBe(
      'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    );
    expect(chooseRequestId(headers)).toBe(TRACE);
    expect(chooseRequestId({ 'x-request-id': 'client-chosen' })).toBe('client-chosen');
  });

  it('skips ids that could inject into a log or header, and falls back to a UUID', () => {
    expect(chooseRequestId({ 'x-request-id': 'a\nb' }, ' ')).toMatch(/^[0-9a-f-]{36}$/);
    expect(chooseRequestId({ 'x-request-id': 'ok-1' }, 'bad id with spaces')).toBe('ok-1');
  });
});
