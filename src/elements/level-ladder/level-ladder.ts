import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FrameworkIndex } from '../../core/framework-index.js';
import { compareSkillLevels } from '../../core/level-comparison.js';
import { skillLevels, type SkillLevelView } from '../../core/levels.js';
import type { Skill } from '../../core/schema/framework.js';
import type { RichText } from '../../core/schema/text.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { idList } from '../../shared/id-list.js';
import { renderLevelDescriptors } from '../../shared/level-descriptors.js';
import { heading, markLanguage, outlineLevel, renderRich, renderText, textFor } from '../../shared/rich-text.js';
import { levelLadderStyles } from './level-ladder.styles.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { ladderMessages } from '../../i18n/messages/ladder.js';
import { mergeMessages } from '../../i18n/translate.js';

/**
 * The levels of one skill in order, lowest first, with what each level looks like. Marks the
 * person's current and target levels in text as well as colour, shows levels that do not apply
 * to the skill as such, and can compare another level with the current one to show what the higher one adds.
 *
 * @customElement cf-level-ladder
 * @summary One skill's levels, with descriptors, current and target marked.
 * @csspart base - The wrapper of everything the ladder shows.
 * @csspart title - The skill's name.
 * @csspart levels - The ordered list of levels.
 * @csspart level - One level.
 * @csspart level-title - A level's heading.
 * @csspart tag - The "current level" and "target level" labels.
 * @csspart message - A message shown instead of the ladder (unknown skill, no framework).
 * @csspart error-summary - Problems with a framework given as a property.
 * @cssproperty --cf-level-ladder-current-color - Border and label colour of the current level.
 * @cssproperty --cf-level-ladder-target-color - Border and label colour of the target level.
 * @cssproperty --cf-level-ladder-gap - Space between levels.
 */
export class CfLevelLadder extends FrameworkElement {
  static override styles = [FrameworkElement.styles, levelLadderStyles];
  static override catalogue = mergeMessages(commonMessages, ladderMessages);

  static override properties: PropertyDeclarations = {
    skill: {},
    current: {},
    target: {},
    compare: {},
    collapsible: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the skill to show. */
  declare skill?: string;

  /** Id of the person's current level, marked "Current level". */
  declare current?: string;

  /** Id of the level the person is aiming for, marked "Target level". */
  declare target?: string;

  /** A level id to compare with `current` (`current="practitioner" compare="expert"`): shows what the higher of the two adds. */
  declare compare?: string;

  /** Shows each level's descriptors behind a disclosure; the current and target levels start open. */
  collapsible = false;

  /**
   * Heading level of the skill's name (2 to 4: levels and comparisons use the next two), so the ladder fits the page's outline.
   * @default 2
   */
  declare headingLevel?: number;

  protected override render() {
    return html`<div part="base">${this.#renderContent()}</div>`;
  }

  #renderContent() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return this.renderMissingFramework();
    if (!this.skill) return this.renderMessage(this.i18n.t('ladder.noSkill'));
    const skill = index.skills.get(this.skill);
    if (!skill) return this.renderMessage(this.i18n.t('ladder.skillMissing', { skill: this.skill }));
    const locale = this.i18n.locale;
    return html`
      ${heading(this.#outline, renderText(skill.name, locale, this.contentLanguage), 'title')}
      ${skill.description ? html`<div class="description">${this.#rich(skill.description)}</div>` : nothing}
      ${this.compare ? this.#renderCompare(index, skill) : this.#renderLadder(index, skill)}
    `;
  }

  /** The skill heading's level, kept to 2-4 so the level (+1) and comparison (+2) headings stay below it. */
  get #outline(): number {
    return outlineLevel(this.headingLevel);
  }

  #rich(value: RichText): TemplateResult {
    return renderRich(value, this.i18n.locale, this.contentLanguage);
  }

  #renderLadder(index: FrameworkIndex, skill: Skill): TemplateResult {
    const views = skillLevels(index, skill.id);
    // role="list": WebKit drops the list role of a list styled without markers.
    return html`<ol
      part="levels"
      class="levels"
      role="list"
      aria-label=${this.i18n.t('ladder.levels', { skill: textFor(skill.name, this.i18n.locale) })}
    >
      ${views.map((view, position) => {
        const isCurrent = view.level.id === this.current;
        const isTarget = view.level.id === this.target;
        const classes = ['level', view.kind, isCurrent ? 'current' : '', isTarget ? 'target' : ''].join(' ');
        return html`<li part="level" class=${classes} aria-current=${isCurrent ? 'true' : nothing}>
          ${this.#renderLevelTitle(view, position, views.length)}
          ${
            this.collapsible && view.kind !== 'not-applicable'
              ? html`<details ?open=${isCurrent || isTarget}>
                  <summary>${this.i18n.t('ladder.descriptorsFor', { level: textFor(view.level.label, this.i18n.locale) })}</summary>
                  ${this.#renderDescriptors(view)}
                </details>`
              : this.#renderDescriptors(view)
          }
        </li>`;
      })}
    </ol>`;
  }

  #renderLevelTitle(view: SkillLevelView, position: number, total: number, offset = 1): TemplateResult {
    const { t, locale } = this.i18n;
    const tag = (kind: 'current' | 'target') => html`<span part="tag" class="tag ${kind}">${t(`ladder.${kind}`)}</span>`;
    return heading(
      this.#outline + offset,
      html`<span lang=${markLanguage(view.level.label, locale, this.contentLanguage)}>${textFor(view.level.label, locale)}</span>
        <span class="position">${t('ladder.position', { position: position + 1, total })}</span>
        ${view.level.id === this.current ? tag('current') : nothing} ${view.level.id === this.target ? tag('target') : nothing}`,
      'level-title',
    );
  }

  #renderDescriptors(view: SkillLevelView): TemplateResult {
    return renderLevelDescriptors(view, this.i18n.t, (value) => this.#rich(value));
  }

  #renderCompare(index: FrameworkIndex, skill: Skill): TemplateResult {
    const { t, locale } = this.i18n;
    const ids = idList(this.compare);
    const comparison = ids.length === 1 && this.current ? compareSkillLevels(index, skill.id, this.current, ids[0]!, locale) : undefined;
    if (!comparison) {
      const [lower, higher = lower] = index.framework.scale.levels.slice(-2).map((level) => level.id);
      const example = `current="${lower}" compare="${higher}"`;
      return this.renderMessage(t('ladder.compareInvalid', { value: ids.join(' '), example }));
    }
    const { lower, higher, added, shared } = comparison;
    const total = index.framework.scale.levels.length;
    const label = (view: SkillLevelView) => textFor(view.level.label, locale);
    const descriptorsLang = 'descriptors' in higher ? markLanguage(higher.descriptors, locale, this.contentLanguage) : nothing;
    const list = (lines: readonly string[]) =>
      html`<ul lang=${descriptorsLang}>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>`;
    return html`
      ${heading(this.#outline + 1, t('ladder.compareHeading', { higher: label(higher), lower: label(lower) }))}
      <div class="compare">
        <section class="level ${lower.kind}" part="level">
          ${this.#renderLevelTitle(lower, index.rank.get(lower.level.id)!, total, 2)} ${this.#renderDescriptors(lower)}
        </section>
        <section class="level ${higher.kind}" part="level">
          ${this.#renderLevelTitle(higher, index.rank.get(higher.level.id)!, total, 2)}
          ${
            higher.kind === 'not-applicable'
              ? this.#renderDescriptors(higher)
              : html`<p><strong>${t('ladder.compareAdded', { level: label(higher), count: added.length })}</strong></p>
                  ${added.length > 0 ? list(added) : nothing}`
          }
          ${
            shared.length > 0
              ? html`<p>${t('ladder.compareShared', { level: label(lower) })}</p>
                  ${list(shared)}`
              : nothing
          }
        </section>
      </div>
    `;
  }
}
