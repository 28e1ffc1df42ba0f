import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { indexFramework, type FrameworkIndex } from '../../core/framework-index.js';
import type { ParseResult } from '../../core/issues.js';
import { skillLevel } from '../../core/levels.js';
import { parseFrameworkOnce } from '../../core/parse.js';
import type { Framework } from '../../core/schema/framework.js';
import type { RichText } from '../../core/schema/text.js';
import { diffFrameworks, type DescriptorChange, type FrameworkDiff, type VersionMapping } from '../../core/versions/diff.js';
import { ViewChangeEvent } from '../../events/view-change-event.js';
import { countFindings, type DiffItem, type DiffSection } from '../../i18n/diff-text.js';
import { changesMessages } from '../../i18n/messages/changes.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { mergeMessages } from '../../i18n/translate.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { renderLevelDescriptors } from '../../shared/level-descriptors.js';
import { loadFramework } from '../../shared/load-framework.js';
import { heading, messageWith, outlineLevel, renderRich, renderText } from '../../shared/rich-text.js';
import { describeForPage, type Sentence } from './changes-text.js';
import { frameworkChangesStyles } from './framework-changes.styles.js';

/** What the element shows, worked out when its inputs change. */
interface ChangesModel {
  readonly diff: FrameworkDiff;
  readonly sections: readonly DiffSection[];
  readonly sentence: (text: string) => Sentence;
  readonly before: FrameworkIndex;
  readonly after: FrameworkIndex;
}

const descriptorKey = (skill: string, level: string, from: string) => `${skill}\u0000${level}\u0000${from}`;

/**
 * What changed from one version of a framework to the next, in words: skills added, retired, renamed,
 * merged or split; descriptors (each graded a change of meaning or of wording only, with the earlier and
 * the new descriptor on demand); the scale's levels; categories; roles and what they need; moves between
 * roles; learning. The new version is the element's framework (`.framework` or the closest
 * `<cf-framework>`); the earlier one is `.previous` or the file at `previous-src`. Look-alike skills under
 * new ids are flagged, never taken for the same.
 *
 * @customElement cf-framework-changes
 * @summary What changed between two versions of a framework, in words, English and Welsh.
 * @fires {ViewChangeEvent} cf-view-change - The person hid or showed the changes of wording only (`property` is `hideWording`).
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The heading: from which version to which.
 * @csspart summary - How many changes there are (and how many are hidden).
 * @csspart notice - Said when the two versions are of different frameworks.
 * @csspart filter - The choice to hide changes of wording only.
 * @csspart section - One area of changes (skills, descriptors, roles…): its heading and list.
 * @csspart section-title - An area's heading.
 * @csspart list - An area's list of changes.
 * @csspart note - How descriptor changes are graded, above their list.
 * @csspart descriptors - A descriptor change's disclosure: the earlier and the new descriptor.
 * @csspart error-summary - What is wrong with the earlier version given.
 * @csspart message - A message shown instead of the changes (no earlier version, nothing changed, loading, no framework).
 * @cssproperty --cf-framework-changes-gap - Space between areas (default `--cf-space`).
 */
export class CfFrameworkChanges extends FrameworkElement {
  static override styles = [FrameworkElement.styles, frameworkChangesStyles];
  static override catalogue = mergeMessages(commonMessages, changesMessages);

  protected static override ownAccessors = ['previous'];

  static override properties: PropertyDeclarations = {
    previousSrc: { attribute: 'previous-src', reflect: true },
    mapping: { attribute: false },
    hideWording: { type: Boolean, attribute: 'hide-wording' },
    showIds: { type: Boolean, attribute: 'show-ids' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the earlier version's JSON file (attribute `previous-src`), fetched and validated. Ignored while `.previous` is set. */
  declare previousSrc?: string;

  /** Old ids to new ids (`{ skills, levels }`), for a new version that does not state what it replaces. */
  declare mapping?: VersionMapping;

  /** Hides the changes graded as of wording only (attribute `hide-wording`). */
  hideWording = false;

  /** Names each thing with its id after it (attribute `show-ids`), as framework authors need: `Business Facing HR (business-partnering)`. */
  showIds = false;

  /** Heading level of the element's heading (2 to 4); each area's heading is one level below. */
  headingLevel = 2;

  #previous: unknown;
  /** The earlier version as read: from the property, or from `previous-src` once fetched; undefined while none. */
  #read?: ParseResult<Framework>;
  #loading = false;
  #abort?: AbortController;
  #model?: ChangesModel;
  #modelKey: readonly unknown[] = [];

  /**
   * The earlier version: a framework object or its JSON text, validated like `.framework`; what is wrong
   * with it is reported, located. When unset, the file at `previous-src`.
   */
  get previous(): unknown {
    return this.#previous;
  }

  set previous(value: unknown) {
    const old = this.#previous;
    this.#previous = value;
    this.requestUpdate('previous', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while fetching: the fetch was stopped on the way out, so start it again.
    if (this.#abort?.signal.aborted && this.#loading && this.previousSrc) void this.#load(this.previousSrc);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('previous') || changed.has('previousSrc')) this.#choosePrevious();
    const after = this.frameworkIndex;
    const before = this.#read?.ok ? this.#read.value : undefined;
    const key = [after, before, this.mapping, this.showIds, this.i18n.locale, this.messages];
    if (!after || !before) this.#model = undefined;
    else if (key.some((part, i) => part !== this.#modelKey[i])) this.#model = this.#modelFor(indexFramework(before), after);
    this.#modelKey = key;
  }

  /** Takes the earlier version from the first source there is: the property, then `previous-src`. */
  #choosePrevious(): void {
    this.#abort?.abort();
    this.#loading = false;
    const given = this.#previous;
    if (given !== undefined && given !== null) this.#read = parseFrameworkOnce(given);
    else if (this.previousSrc) void this.#load(this.previousSrc);
    else this.#read = undefined;
  }

  async #load(src: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#loading = true;
    this.#read = undefined;
    const outcome = await loadFramework(src, abort.signal);
    if (!outcome) return;
    this.#loading = false;
    this.#read = outcome;
    this.requestUpdate();
  }

  #modelFor(before: FrameworkIndex, after: FrameworkIndex): ChangesModel {
    const diff = diffFrameworks(before.framework, after.framework, this.mapping ? { mapping: this.mapping } : {});
    const { sections, sentence } = describeForPage(diff, before.framework, after.framework, {
      locale: this.i18n.locale,
      ids: this.showIds,
      t: this.i18n.t,
    });
    // Mappings the versions do not match come under "Skills" too: one heading, one area.
    const areas: DiffSection[] = [];
    for (const section of sections) {
      const same = areas.findIndex((area) => area.heading === section.heading);
      if (same < 0) areas.push(section);
      else areas[same] = { ...areas[same]!, items: [...areas[same]!.items, ...section.items] };
    }
    return { diff, sections: areas, sentence, before, after };
  }

  /** The person's choice to hide the changes of wording only: shown at once, and told to the host. */
  readonly #filter = (event: Event): void => {
    this.hideWording = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new ViewChangeEvent('hideWording', this.hideWording));
  };

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const after = this.frameworkIndex;
    if (!after) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const { t } = this.i18n;
    const read = this.#read;
    let content: TemplateResult | typeof nothing;
    if (this.#loading) content = html`<p part="message" class="message" role="status">${t('changes.loadingPrevious')}</p>`;
    else if (read && !read.ok) content = renderIssueSummary(read.issues, this.i18n, 'changes.previousInvalid');
    else if (!this.#model) content = this.renderMessage(t('changes.needsTwo'));
    else content = this.#renderChanges(this.#model);
    return html`<div part="base">${content}</div>`;
  }

  #renderChanges(model: ChangesModel): TemplateResult {
    const { t, locale } = this.i18n;
    const { diff, sections, before, after } = model;
    const level = outlineLevel(this.headingLevel, 2);
    const same = diff.from.id === diff.to.id;
    const versions = same
      ? { from: diff.from.version, to: diff.to.version }
      : { from: `${diff.from.id} ${diff.from.version}`, to: `${diff.to.id} ${diff.to.version}` };
    const title = heading(level, t(same ? 'changes.title' : 'changes.titleIds', versions), 'title');
    const notice = same
      ? nothing
      : html`<p part="notice" class="notice" role="note">
          ${messageWith((names) => t('changes.otherFramework', names), {
            from: renderText(before.framework.title, locale, before.framework.language ?? 'en'),
            to: renderText(after.framework.title, locale, this.contentLanguage),
          })}
        </p>`;
    if (sections.length === 0) return html`${title}${notice}${this.renderMessage(t('changes.none', versions))}`;
    const wordingOnly = sections.flatMap((section) => section.items).filter((item) => item.grade === 'wording').length;
    const hidden = this.hideWording ? wordingOnly : 0;
    const shown = sections
      .map((section) => ({ ...section, items: section.items.filter((item) => !(hidden > 0 && item.grade === 'wording')) }))
      .filter((section) => section.items.some((item) => item.change !== 'note'));
    return html`${title}${notice}
      <p part="summary" class="summary">
        ${t('changes.summary', { count: countFindings(sections) })} ${hidden > 0 ? t('changes.hidden', { count: hidden }) : nothing}
      </p>
      ${
        wordingOnly > 0
          ? html`<p part="filter" class="filter">
              <label><input type="checkbox" .checked=${this.hideWording} @change=${this.#filter} /> ${t('changes.hideWording')}</label>
            </p>`
          : nothing
      }
      ${shown.map((section) => this.#renderSection(model, section, level + 1))}`;
  }

  #renderSection(model: ChangesModel, section: DiffSection, level: number): TemplateResult {
    const note = section.items.find((item) => item.change === 'note');
    const descriptors = new Map<string, DescriptorChange>(
      section.id === 'descriptors'
        ? model.diff.skills.descriptors.map((change) => [
            descriptorKey(change.skill, change.level, change.from?.skill ?? change.skill),
            change,
          ])
        : [],
    );
    return html`<div part="section" class="section">
      ${heading(level, section.heading, 'section-title')}
      ${note ? html`<p part="note" class="note">${model.sentence(note.text)}</p>` : nothing}
      <ul part="list">
        ${section.items
          .filter((item) => item !== note)
          .map((item) => {
            const change =
              item.area === 'descriptor'
                ? descriptors.get(descriptorKey(item.id, item.level ?? '', item.previousId ?? item.id))
                : undefined;
            return html`<li>${change ? this.#renderDescriptor(model, item, change) : model.sentence(item.text)}</li>`;
          })}
      </ul>
    </div>`;
  }

  /** A descriptor change: its sentence opens the earlier and the new descriptor, each in its own language. */
  #renderDescriptor(model: ChangesModel, item: DiffItem, change: DescriptorChange): TemplateResult {
    const { t, locale } = this.i18n;
    const { before, after } = model;
    const side = (index: FrameworkIndex, skill: string, levelId: string) => {
      const found = index.levels.get(levelId);
      const language = index.framework.language ?? 'en';
      const rich = (value: RichText) => renderRich(value, locale, language);
      return found ? renderLevelDescriptors(skillLevel(index, skill, found), t, rich) : nothing;
    };
    return html`<details part="descriptors" class="descriptors">
      <summary>${model.sentence(item.text)}</summary>
      <dl>
        <dt>${t('changes.before', { version: before.framework.version })}</dt>
        <dd>${side(before, change.from?.skill ?? change.skill, change.from?.level ?? change.level)}</dd>
        <dt>${t('changes.after', { version: after.framework.version })}</dt>
        <dd>${side(after, change.skill, change.level)}</dd>
      </dl>
    </details>`;
  }
}
