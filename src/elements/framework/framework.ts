import { ContextProvider } from '@lit/context';
import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { error, type Issue } from '../../core/issues.js';
import type { ImportIssue, RowCount } from '../../core/io/report.js';
import { parseFramework } from '../../core/parse.js';
import type { Framework } from '../../core/schema/framework.js';
import { frameworkContext, type FrameworkState } from '../../context/framework-context.js';
import { FrameworkErrorEvent } from '../../events/framework-error-event.js';
import { FrameworkLoadEvent } from '../../events/framework-load-event.js';
import type { MessageOverrides } from '../../i18n/catalogue.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { issueSummaryStyles, renderErrorList, renderIssueSummary } from '../../shared/issue-summary.js';
import { loadFramework } from '../../shared/load-framework.js';
import { LocaleController } from '../../shared/locale-controller.js';
import { loadImporter } from './load-importer.js';
import { baseStyles, ThemedElement } from '../../shared/tokens.js';

/**
 * Loads a framework file (or takes one as a property, or reads it from a child
 * `<script type="application/json">`), validates it, and provides it to every career-framework element
 * inside it. Shows a status while loading and a readable error report, in the page's language, when the
 * file cannot be used.
 *
 * @customElement cf-framework
 * @summary Loads, validates and provides a career framework.
 * A `format` other than `json` imports the file on the way (a spreadsheet CSV, the DDaT CSVs, a document,
 * a CASE package): the importer is loaded only then, and its report, by row and column, is what the
 * error summary shows.
 *
 * @slot - The elements that show the framework.
 * @csspart base - The wrapper of the status, the error summary and the slot.
 * @csspart status - The loading message.
 * @csspart error-summary - The list of problems when the framework cannot be used.
 *
 * @fires {FrameworkLoadEvent} cf-framework-load - The file at `src` (or the child script) loaded and is valid (`event.framework`); warnings, and for an
 *   import its report and row counts, come with it (`event.issues`, `event.importIssues`, `event.rows`) and show no summary.
 * @fires {FrameworkErrorEvent} cf-framework-error - The file at `src` (or the child script) could not be loaded or is not valid (`event.issues`).
 *   Setting `.framework` fires neither: read `status` and `issues` after `updateComplete`.
 */
export class CfFramework extends ThemedElement {
  static override styles = [
    baseStyles,
    issueSummaryStyles,
    css`
      .status {
        color: var(--_cf-secondary);
        margin: 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    format: { reflect: true },
    framework: { attribute: false },
    messages: { attribute: false },
  };

  /** URL of a framework JSON file to fetch. Ignored while `.framework` is set; a child script is ignored while `src` is set. */
  declare src?: string;

  /** How the file at `src` is written: `json` (the default), `csv`, `ddat`, `document` or `case`. */
  declare format?: string;

  /** A framework object (for example from `fetch().json()`); validated before it is provided. */
  declare framework?: unknown;

  /** Per-instance message overrides by language. */
  declare messages?: MessageOverrides;

  /** Set only just before `#provide()`, which asks for the update. */
  #problems: readonly Issue[] = [];
  #importProblems: readonly ImportIssue[] = [];
  #importCounts: readonly RowCount[] = [];
  /** The import report's errors in a language (from the importer, which has their messages). */
  #importErrors?: (locale: string) => string[];

  /** What the elements inside receive; setting it re-renders them and this element. */
  readonly #provider = new ContextProvider(this, { context: frameworkContext, initialValue: { status: 'loading' } });

  readonly #i18n = new LocaleController(this, commonMessages);
  #abort?: AbortController;
  /** The text of a child `<script type="application/json">`, as last read. */
  #inline?: string;
  /** A page may write, or a script replace, the child script after this element is connected. */
  readonly #children = new MutationObserver(() => this.#readInline());

  /** The validated framework, once loaded. */
  get value(): Framework | undefined {
    return this.#provider.value.framework;
  }

  /** What is wrong with the framework (errors) or worth knowing (warnings), each with its path. */
  get issues(): readonly Issue[] {
    return this.#problems;
  }

  /** For a file imported from another format: its whole report, each issue located by row, column or line. */
  get importIssues(): readonly ImportIssue[] {
    return this.#importProblems;
  }

  /** For a file imported from another format: per input, how many rows were read, placed, kept in part and left out. */
  get importRows(): readonly RowCount[] {
    return this.#importCounts;
  }

  /** `loading`, `ready` or `error`. */
  get status(): FrameworkState['status'] {
    return this.#provider.value.status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
    this.#readInline();
    // Moved in the page while fetching: the fetch was stopped on the way out, so start it again.
    if (this.#abort?.signal.aborted && this.status === 'loading' && this.framework === undefined && this.src) {
      void this.#load(this.src);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children.disconnect();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The first update chooses even with nothing set: a child script, or an attribute to report.
    if (this.hasUpdated && !['src', 'framework', 'format'].some((name) => changed.has(name))) return;
    this.#choose();
  }

  /** Takes the framework from the first source there is: the property, `src`, the child script. */
  #choose(): void {
    this.#abort?.abort();
    [this.#importProblems, this.#importCounts, this.#importErrors] = [[], [], undefined];
    // An object turned into text by a host that set an attribute (an element not yet defined): said, not loading forever.
    const objectText = this.getAttribute('framework')?.startsWith('[object ') ? this.getAttribute('framework') : null;
    if (this.framework !== undefined) {
      // The host set the framework itself: no event (it knows), the outcome is in `status` and `issues`.
      this.#settle(parseFramework(this.framework), false);
    } else if (this.src) {
      void this.#load(this.src);
    } else if (this.#inline !== undefined) {
      this.#settle(parseFramework(this.#inline), true);
    } else if (objectText) {
      this.#settle(parseFramework(objectText), false);
    } else {
      this.#provide({ status: 'loading' });
      this.#problems = [];
    }
  }

  /** The framework written in the page: no fetch, and a strict Content Security Policy allows it (it is data, never run). */
  #readInline(): void {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (text === this.#inline) return;
    this.#inline = text;
    // Before the first update, that update chooses (the properties a host set early are not taken up yet).
    if (this.hasUpdated) this.#choose();
  }

  async #load(src: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#provide({ status: 'loading' });
    this.#problems = [];
    [this.#importProblems, this.#importCounts, this.#importErrors] = [[], [], undefined];
    const format = this.format ?? 'json';
    const read = format === 'json' ? parseFramework : (text: string) => this.#import(format, text, src, abort.signal);
    const outcome = await loadFramework(src, abort.signal, read, format === 'json' ? 'application/json' : '*/*');
    if (outcome) this.#settle(outcome, true);
  }

  /** Imports a file of another format; its report is kept whole, and its schema problems are also `issues`. */
  async #import(format: string, text: string, src: string, signal: AbortSignal): Promise<ReturnType<typeof parseFramework>> {
    const importer = await loadImporter();
    if (!importer) return { ok: false, issues: [error('input.noImporter', [], { format })] };
    const { outcome, issues, rows, errors } = importer.importForElement(format, text, src, document.baseURI);
    // A newer src may have started while the importer loaded: this report is not about it.
    if (!signal.aborted) [this.#importProblems, this.#importCounts, this.#importErrors] = [issues, rows, errors];
    return outcome;
  }

  #provide(state: FrameworkState): void {
    // This element's update first: the slot is rendered before the elements inside render what they were
    // given, so a chart that measures its width finds it, and is not drawn twice (a shift of the page).
    this.requestUpdate();
    this.#provider.setValue(state);
  }

  #settle(outcome: ReturnType<typeof parseFramework>, announce: boolean): void {
    this.#problems = outcome.issues;
    if (outcome.ok) {
      this.#provide({ status: 'ready', framework: outcome.value });
      if (announce) this.dispatchEvent(new FrameworkLoadEvent(outcome.value, outcome.issues, this.#importProblems, this.#importCounts));
    } else {
      this.#provide({ status: 'error' });
      if (announce) this.dispatchEvent(new FrameworkErrorEvent(outcome.issues, this.#importProblems));
    }
  }

  protected override render(): TemplateResult {
    const { status } = this.#provider.value;
    const waiting = this.src || this.framework !== undefined || this.#inline !== undefined;
    // The status region is always there, empty when there is nothing to say, so screen readers
    // hear "Loading…" when a new src starts: a live region added with its text is often missed.
    return html`<div part="base">
      <p part="status" class="status" role="status">
        ${status === 'loading' ? this.#i18n.t(waiting ? 'framework.loading' : 'framework.missing') : ''}
      </p>
      ${status === 'ready' ? html`<slot></slot>` : status === 'error' ? this.#renderErrors() : ''}
    </div>`;
  }

  #renderErrors() {
    const errors = this.#importErrors?.(this.#i18n.locale) ?? [];
    return errors.length > 0 ? renderErrorList(errors, this.#i18n) : renderIssueSummary(this.#problems, this.#i18n);
  }
}
