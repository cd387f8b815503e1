/** The contract's error body: `{ "error": "<code>", "message": "<text>" }`, short and free of internals. */
export interface ErrorBody { error: string; message: string }

export function errorBody(error: string, message: string): ErrorBody {
  return { error, message };
}

/** restify error names → our codes; anything unknown becomes a generic 4xx/5xx text. */
export function fromRestifyError(err: { statusCode?: number; name?: string; body?: { code?: string } }): { status: number; body: ErrorBody } {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
  const code = err.body?.code ?? err.name ?? 'Error';
  const table: Record<number, ErrorBody> = {
    400: errorBody('bad_request', 'The request could not be read.'),
    404: errorBody('not_found', 'There is nothing here.'),
    405: errorBody('method_not_allowed', 'This method is not allowed here.'),
    406: errorBody('not_acceptable', 'This response format is not available.'),
    413: errorBody('payload_too_large', 'The request body is too large.'),
    415: errorBody('unsupported_media_type', 'Send JSON (application/json), without compression.'),
  };
  if (status === 400 && /InvalidContent/i.test(code)) return { status, body: errorBody('invalid_json', 'The request body is not valid JSON.') };
  return { status, body: table[status] ?? (status >= 500 ? errorBody('internal', 'Something went wrong. Please retry.') : errorBody('bad_request', 'The request was refused.')) };
}
