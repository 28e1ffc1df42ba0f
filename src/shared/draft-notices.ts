import { html, nothing, type TemplateResult } from 'lit';
import type { Drafted } from '../core/storage/envelope.js';
import type { AutosaveState } from './autosave-controller.js';

/** The words of an element's draft notices, in its own terms ("answers", "plan"), already translated. */
export interface DraftWords {
  readonly failed: string;
  /** Names when the other tab saved. */
  readonly conflict: (savedAt: Date) => string;
  readonly keepMine: string;
  readonly useTheirs: string;
}

/**
 * What the person must know now about their draft: storage failed, or another tab saved over it and
 * they choose which to keep. One live region, present from the start so the alert is announced.
 */
export function renderDraftAlerts<T extends Drafted>(
  state: AutosaveState<T>,
  words: DraftWords,
  keepMine: () => void,
  useTheirs: () => void,
): TemplateResult {
  return html`<div role="alert">
    ${state.kind === 'failed' ? html`<p part="notice" class="notice warning">${words.failed}</p>` : nothing}
    ${state.kind === 'conflict'
      ? html`<div part="notice" class="notice warning">
          <p>${words.conflict(new Date(state.theirs.savedAt))}</p>
          <button type="button" @click=${keepMine}>${words.keepMine}</button>
          <button type="button" @click=${useTheirs}>${words.useTheirs}</button>
        </div>`
      : nothing}
  </div>`;
}

/** The quiet line under the content: when the draft was last saved, or that it is not saved. */
export function renderDraftHint<T extends Drafted>(state: AutosaveState<T>, saved: (at: Date) => string, notSaved: string): TemplateResult | typeof nothing {
  if (state.kind === 'saved') return html`<p class="hint">${saved(state.at)}</p>`;
  if (state.kind === 'conflict' || state.kind === 'failed') return html`<p class="hint">${notSaved}</p>`;
  return nothing;
}
