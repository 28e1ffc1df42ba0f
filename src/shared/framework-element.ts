import { ContextConsumer } from '@lit/context';
import { html, LitElement, type TemplateResult, type PropertyDeclarations, type CSSResultGroup } from 'lit';
import { type FrameworkIndex, indexFramework } from '../core/framework-index.js';
import type { ParseResult } from '../core/issues.js';
import { parseFramework } from '../core/parse.js';
import type { Framework } from '../core/schema/framework.js';
import { frameworkContext } from '../context/framework-context.js';
import type { MessageOverrides } from '../i18n/index.js';
import { issueSummaryStyles, renderIssueSummary } from './issue-summary.js';
import { LocaleController } from './locale-controller.js';
import { baseStyles } from './tokens.js';

/** A host's `.framework` is untrusted like any file: validated once per object. */
const validated = new WeakMap<object, ParseResult<Framework>>();

function validate(framework: unknown): ParseResult<Framework> {
  // JSON text (from untyped callers) cannot be a WeakMap key: parse it each time.
  if (typeof framework !== 'object' || framework === null) return parseFramework(framework);
  let result = validated.get(framework);
  if (!result) {
    result = parseFramework(framework);
    validated.set(framework, result);
  }
  return result;
}

/**
 * What every framework-fed element shares: the framework from `.framework` or from the closest
 * `<cf-framework>`, the page language, and per-instance message overrides.
 */
export class FrameworkElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, issueSummaryStyles];

  // Plain `static properties`, not decorators: the same behaviour in about 0.7 KB less bundle.
  static override properties: PropertyDeclarations = {
    framework: { attribute: false },
    messages: { attribute: false },
  };

  /**
   * A framework object (validated before use); when unset, the one provided by the closest
   * `<cf-framework>` is used.
   */
  declare framework?: Framework;

  /** Per-instance message overrides by language, e.g. `{ cy: { 'ladder.current': '…' } }`. */
  declare messages?: MessageOverrides;

  /** The closest `<cf-framework>`'s state; a change re-renders the element. */
  private readonly context = new ContextConsumer(this, { context: frameworkContext, subscribe: true });

  protected readonly i18n = new LocaleController(this);

  /** The framework in use, from the property (when valid) or the context. */
  protected get activeFramework(): Framework | undefined {
    if (this.framework) {
      const result = validate(this.framework);
      return result.ok ? result.value : undefined;
    }
    return this.context.value?.framework;
  }

  /** The language of the framework's plain text, for marking it on pages in other languages. */
  protected get contentLanguage(): string {
    return this.activeFramework?.language ?? 'en';
  }

  protected get frameworkIndex(): FrameworkIndex | undefined {
    const framework = this.activeFramework;
    return framework ? indexFramework(framework) : undefined;
  }

  /** True while an enclosing `<cf-framework>` is still loading or has failed: it shows the status. */
  protected get awaitingProvider(): boolean {
    const provided = this.context.value;
    return !this.framework && provided !== undefined && provided.status !== 'ready';
  }

  /** What to show instead of a blank when there is no usable framework: why, in the page's language. */
  protected renderMissingFramework(): TemplateResult {
    if (this.framework) {
      const result = validate(this.framework);
      if (!result.ok) return renderIssueSummary(result.issues, this.i18n, this.messages);
    }
    return html`<p part="message" role="status">${this.i18n.t('framework.missing')}</p>`;
  }
}
