/** The HTTP core's public surface: what the platform adapters in functions/ import. */

export { createHandler } from './handler.js';
export { errorToResponse } from './response.js';
export type {
  AnalyzeFn,
  HandlerDeps,
  LlmHealth,
  NeutralHandler,
  NeutralRequest,
  NeutralResponse,
} from './types.js';
