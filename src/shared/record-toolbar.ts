import { html, type TemplateResult } from 'lit';
import { downloadText } from './download.js';

/** What a person can take away from an element that holds their record: the words on its buttons. */
export interface RecordToolbarLabels {
  readonly print: string;
  readonly json: string;
  readonly csv: string;
}

/** An element whose record downloads as JSON and CSV. */
type RecordHost = HTMLElement & { toJson(): string; toCsv(): string };

/**
 * Print, and download as JSON or CSV, as `<name>.json` and `<name>.csv`. While the browser prints, the
 * element has a `printing` attribute, so the page's print stylesheet can print it alone
 * (`body:has([printing])`).
 */
export function renderRecordToolbar(labels: RecordToolbarLabels, host: RecordHost, name: string): TemplateResult {
  const print = () => {
    host.setAttribute('printing', '');
    window.addEventListener('afterprint', () => host.removeAttribute('printing'), { once: true });
    window.print();
  };
  return html`<div part="toolbar" class="toolbar">
    <button type="button" @click=${print}>${labels.print}</button>
    <button type="button" @click=${() => downloadText(`${name}.json`, host.toJson(), 'application/json')}>${labels.json}</button>
    <button type="button" @click=${() => downloadText(`${name}.csv`, host.toCsv(), 'text/csv')}>${labels.csv}</button>
  </div>`;
}
