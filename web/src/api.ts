/** Sends the PDF to the API with XMLHttpRequest, whose upload events give a real progress bar. */
import type { Analysis } from '../../shared/schema.js';
import { analyzeUrl } from './endpoint.js';
import type { ApiError } from './messages.js';

export type ApiResult = { ok: true; analysis: Analysis } | { ok: false; error: ApiError };

export interface UploadOptions {
  file: Blob;
  password: string;
  apiKey: string;
  /** 0..1 while the bytes go up; then null while the server analyses. */
  onProgress(fraction: number | null): void;
}

/** Posts the file as multipart/form-data and resolves with the Analysis or the API's error. */
export function uploadStatement(o: UploadOptions): Promise<ApiResult> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append('file', o.file, 'statement.pdf');
    if (o.password) form.append('password', o.password);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', analyzeUrl(location.pathname));
    xhr.responseType = 'text';
    if (o.apiKey) xhr.setRequestHeader('Authorization', `Bearer ${o.apiKey}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) o.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => o.onProgress(null);
    xhr.onerror = () => resolve(failure('NETWORK', 'The service could not be reached.', 0, null));
    xhr.onload = () => resolve(parse(xhr));
    xhr.send(form);
  });
}

function parse(xhr: XMLHttpRequest): ApiResult {
  const requestId = xhr.getResponseHeader('x-request-id');
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    return failure('BAD_RESPONSE', 'The service answered with something unexpected.', xhr.status, requestId);
  }
  if (xhr.status === 200 && isAnalysis(body)) return { ok: true, analysis: body };
  const err = (body as { error?: Partial<ApiError> } | null)?.error;
  return failure(
    typeof err?.code === 'string' ? err.code : 'BAD_RESPONSE',
    typeof err?.message === 'string' ? err.message : 'The service answered with something unexpected.',
    xhr.status,
    typeof err?.requestId === 'string' ? err.requestId : requestId,
  );
}

function isAnalysis(v: unknown): v is Analysis {
  const a = v as Partial<Analysis> | null;
  return !!a && a.schemaVersion === 1 && !!a.statement && Array.isArray(a.transactions) && !!a.summary;
}

function failure(code: string, message: string, status: number, requestId: string | null): ApiResult {
  return { ok: false, error: { code, message, status, requestId } };
}
