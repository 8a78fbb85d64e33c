/**
 * Reads one chat completion, streamed (SSE chunks) or whole (one JSON body), into a ChatReply, and
 * turns every outcome that is not a usable answer into its typed error: an error object (mid-stream
 * or inside a 200), finish_reason `error`/`length`/`content_filter`, a refusal, empty content.
 */
import { networkError, unusableReply, upstreamErrorFrom } from './errors.js';

/** Tokens and cost OpenRouter reports for one call (`usage`, always sent in the last chunk). */
export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
  /** In OpenRouter credits (US dollars). */
  cost: number;
}

/** A usable answer: its text, who answered, why it stopped, what it cost. */
export interface ChatReply {
  content: string;
  /** The model OpenRouter says answered (a fallback from `models`, or a specific version). */
  model: string;
  finishReason: string | null;
  usage: ChatUsage | null;
}

interface Choice {
  delta?: { content?: unknown; refusal?: unknown; reasoning?: unknown };
  message?: { content?: unknown; refusal?: unknown };
  finish_reason?: unknown;
  error?: unknown;
}
interface Chunk {
  model?: unknown;
  error?: unknown;
  choices?: Choice[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown; cost?: unknown };
}

type Headers = Record<string, string | string[] | undefined>;

/** Folds chunks (or one whole completion) into a reply; `chunk()` returns true when it carried model output. */
export class ReplyAssembler {
  private content = '';
  private refusal = '';
  private model: string;
  private finishReason: string | null = null;
  private usage: ChatUsage | null = null;
  private error: unknown = null;
  /** The stream said it was over (`[DONE]`, or a finish_reason). */
  done = false;

  constructor(
    requestedModel: string,
    private readonly headers: Headers,
    private readonly now: () => number,
  ) {
    this.model = requestedModel;
  }

  /** Adds one parsed chunk or whole completion; true when it carried model output (progress). */
  chunk(json: unknown): boolean {
    if (json === null || typeof json !== 'object') return false;
    const c = json as Chunk;
    if (typeof c.model === 'string' && c.model !== '') this.model = c.model;
    if (c.usage) this.usage = readUsage(c.usage);
    if (c.error) this.error = c.error;
    const choice = c.choices?.[0];
    if (!choice) return false;
    if (choice.error) this.error = choice.error;
    const part = choice.delta ?? choice.message;
    let progress = false;
    if (typeof part?.content === 'string' && part.content !== '') {
      this.content += part.content;
      progress = true;
    }
    // A thinking model streams its reasoning first (when not excluded): that is progress, not the answer.
    if (typeof choice.delta?.reasoning === 'string' && choice.delta.reasoning !== '') progress = true;
    if (typeof part?.refusal === 'string' && part.refusal !== '') {
      this.refusal += part.refusal;
      progress = true;
    }
    if (typeof choice.finish_reason === 'string') {
      this.finishReason = choice.finish_reason;
      this.done = true;
    }
    return progress;
  }

  /** Adds a whole (non-streamed) completion, which is over by definition. */
  whole(json: unknown): void {
    const c = json as Chunk | null;
    if (c === null || typeof c !== 'object')
      throw networkError(undefined, 'LLM provider sent an unreadable response');
    if (!c.error && !c.choices?.[0]) throw networkError(undefined, 'LLM provider sent no choices');
    this.chunk(c);
    this.done = true;
  }

  /** Usage seen so far (a failed call is billed too). */
  get usageSoFar(): ChatUsage | null {
    return this.usage;
  }

  /** The reply, or the typed error for what came back instead of a usable answer. */
  finish(): ChatReply {
    if (this.error || this.finishReason === 'error') {
      const body = { error: this.error ?? { code: 502 } };
      throw upstreamErrorFrom({ status: 200, headers: this.headers, body, now: this.now });
    }
    if (!this.done) throw networkError(undefined, 'LLM stream ended before the answer did');
    if (this.finishReason === 'length') throw unusableReply('truncated');
    if (this.finishReason === 'content_filter') throw unusableReply('filtered');
    if (this.refusal.trim() !== '') throw unusableReply('refused');
    if (this.content.trim() === '') throw unusableReply('empty');
    return { content: this.content, model: this.model, finishReason: this.finishReason, usage: this.usage };
  }
}

function readUsage(u: NonNullable<Chunk['usage']>): ChatUsage {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  return { promptTokens: n(u.prompt_tokens), completionTokens: n(u.completion_tokens), cost: n(u.cost) };
}
