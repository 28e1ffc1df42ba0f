import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { compareRoles, ROLE_CHANGES, type RoleChange } from '../../core/analysis/role-diff.js';
import { indexRoles, type FrameworkIndex, type ResolvedRole } from '../../core/framework-index.js';
import { skillLevel } from '../../core/levels.js';
import type { PathwayKind, Requirement } from '../../core/schema/framework.js';
import { isSafeUrl } from '../../core/schema/ids.js';
import { RoleSelectEvent } from '../../events/role-select-event.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { idList } from '../../shared/id-list.js';
import { renderLevelDescriptors } from '../../shared/level-descriptors.js';
import { heading, messageWith, outlineLevel, renderRich, renderText } from '../../shared/rich-text.js';
import { tableStyles } from '../../shared/table-styles.js';
import { roleProfileStyles } from './role-profile.styles.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { roleMessages } from '../../i18n/messages/role.js';
import { mergeMessages } from '../../i18n/translate.js';

/**
 * A role or role level: what it is, the skills it needs and at which level, or that it states none (essential and
 * desirable apart, each level's descriptors on demand), and where it can lead. With `compare`, what
 * changes between it and another role: skills added, levels raised or lowered, skills dropped.
 *
 * @customElement cf-role-profile
 * @summary What a role needs, where it leads, and what changes in a move to another.
 * @fires {RoleSelectEvent} cf-role-select - A next role was chosen; cancelable (then the profile stays, and a link is not followed).
 * @csspart base - The wrapper of everything the profile shows.
 * @csspart title - The role's name.
 * @csspart facts - The role, family, grade and type (such as a grade band).
 * @csspart requirement - One skill the role needs, with its level's descriptors.
 * @csspart moves - The list of next roles.
 * @csspart compare - The table of what changes between two roles.
 * @csspart message - A message shown instead of the profile (no role, unknown role, no framework).
 * @csspart error-summary - Problems with a framework given as a property.
 * @cssproperty --cf-role-profile-gap - Space between sections.
 */
export class CfRoleProfile extends FrameworkElement {
  static override styles = [FrameworkElement.styles, tableStyles, roleProfileStyles];
  static override catalogue = mergeMessages(commonMessages, roleMessages);

  static override properties: PropertyDeclarations = {
    // Not `role`: that attribute and property are ARIA's, and a role id there is an invalid ARIA role.
    roleId: { attribute: 'role-id' },
    compare: {},
    roleHref: { attribute: 'role-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The id of the role or role level to show. */
  declare roleId?: string;

  /** Another role or role level: shows what changes in a move from this one to it. */
  declare compare?: string;

  /**
   * Where next roles link to, with `{id}` for the role id (`/roles/{id}`). Without it, choosing a
   * next role shows it in this profile (unless `cf-role-select` is cancelled).
   */
  declare roleHref?: string;

  /**
   * Heading level of the role's name (2 to 4); sections use the next level.
   * @default 2
   */
  declare headingLevel?: number;

  readonly #onMoveClick = async (event: MouseEvent): Promise<void> => {
    // A click to open the link elsewhere (new tab or window) is the browser's, not a choice here.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-role]');
    const framework = this.activeFramework;
    const target = link && framework ? indexRoles(framework).roles.get(link.dataset.role!) : undefined;
    if (!target) return;
    const select = new RoleSelectEvent(target, link!.dataset.kind as PathwayKind);
    if (!this.dispatchEvent(select)) {
      event.preventDefault();
      return;
    }
    if (this.roleHref) return;
    event.preventDefault();
    // Compared with itself, a role would show no change: the comparison ends when it is reached.
    if (this.#compareId === target.id) this.compare = undefined;
    this.roleId = target.id;
    await this.updateComplete;
    // The link just used is gone: focus goes to the new role's name, which says where the person is.
    const title = this.renderRoot.querySelector<HTMLElement>('[part~="title"]');
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  };

  protected override render() {
    return html`<div part="base">${this.#renderContent()}</div>`;
  }

  #renderContent() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return this.renderMissingFramework();
    const { t } = this.i18n;
    if (!this.roleId) return this.renderMessage(t('role.noRole'));
    const role = indexRoles(index.framework).roles.get(this.roleId);
    if (!role) return this.renderMessage(t('common.roleMissing', { role: this.roleId }));
    const { locale } = this.i18n;
    const family = role.role.family ? index.families.get(role.role.family) : undefined;
    const grade = role.level?.grade ?? role.role.grade;
    const type = role.level?.type ?? role.role.type;
    const description = role.level?.description ?? role.role.description;
    return html`
      ${heading(this.#outline, renderText(this.#title(role), locale, this.contentLanguage), 'title')}
      <dl part="facts" class="facts">
        ${
          role.level
            ? html`<div>
                <dt>${t('role.role')}</dt>
                <dd>${renderText(role.role.title, locale, this.contentLanguage)}</dd>
              </div>`
            : nothing
        }
        ${
          family
            ? html`<div>
                <dt>${t('role.family')}</dt>
                <dd>${renderText(family.name, locale, this.contentLanguage)}</dd>
              </div>`
            : nothing
        }
        ${
          grade
            ? html`<div>
                <dt>${t('role.grade')}</dt>
                <dd>${grade}</dd>
              </div>`
            : nothing
        }
        ${
          type
            ? html`<div>
                <dt>${t('role.type')}</dt>
                <dd>${renderText(type, locale, this.contentLanguage)}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${description ? renderRich(description, locale, this.contentLanguage) : nothing}
      ${this.#compareId ? this.#renderCompare(index, role, this.#compareId) : this.#renderRequirements(index, role)}
      ${this.#renderMoves(index, role)}
    `;
  }

  /** The role to compare with, read as every id attribute is (more than one is no role, and its message says so). */
  get #compareId(): string | undefined {
    return idList(this.compare).join(' ') || undefined;
  }

  get #outline(): number {
    return outlineLevel(this.headingLevel);
  }

  #title(role: ResolvedRole) {
    return (role.level ?? role.role).title;
  }

  #renderRequirements(index: FrameworkIndex, role: ResolvedRole): TemplateResult {
    const { t } = this.i18n;
    if (role.requirements.length === 0) return html`<p class="message">${t('role.noSkills')}</p>`;
    const rich = (value: Parameters<typeof renderRich>[0]) => renderRich(value, this.i18n.locale, this.contentLanguage);
    return html`${(['essential', 'desirable'] as const).map((importance) => {
      const list = role.requirements.filter((requirement) => requirement.importance === importance);
      if (list.length === 0) return nothing;
      return html`${heading(this.#outline + 1, t(`role.${importance}`, { count: list.length }))}
        <ul class="requirements" role="list">
          ${list.map((requirement) => {
            const skill = this.renderSkillName(index, requirement.skill);
            // Named without a level: said so, with no descriptors, as there is no level to describe.
            if (requirement.level === undefined) {
              return html`<li part="requirement">
                <p class="unstated">${messageWith((params) => t('role.requirementUnstated', params), { skill })}</p>
              </li>`;
            }
            const level = index.levels.get(requirement.level)!;
            return html`<li part="requirement">
              <details>
                <summary>
                  ${messageWith((params) => t('role.requirement', params), { skill, level: this.renderAnswer(index, requirement.level) })}
                </summary>
                <div class="descriptors">${renderLevelDescriptors(skillLevel(index, requirement.skill, level), t, rich)}</div>
              </details>
            </li>`;
          })}
        </ul>`;
    })}`;
  }

  #renderCompare(index: FrameworkIndex, role: ResolvedRole, otherId: string): TemplateResult {
    const { t, locale } = this.i18n;
    const diff = compareRoles(index.framework, role.id, otherId);
    if (!diff) return this.renderMessage(t('common.roleMissing', { role: otherId }));
    const from = renderText(this.#title(diff.from), locale, this.contentLanguage);
    const to = renderText(this.#title(diff.to), locale, this.contentLanguage);
    const changed = ROLE_CHANGES.filter(
      (change): change is Exclude<RoleChange, 'unchanged'> => change !== 'unchanged' && diff.counts[change] > 0,
    );
    const cell = (requirement: Requirement | undefined) => {
      if (!requirement) return t('role.notNeeded');
      // Never "Not rated" for a level the role does not state: that is about a rating.
      const level = this.renderRequired(index, requirement.level);
      return requirement.importance === 'desirable' ? messageWith((params) => t('role.desirableLevel', params), { level }) : level;
    };
    return html`${heading(
        this.#outline + 1,
        messageWith((params) => t('role.compareTitle', params), { from, to }),
        undefined,
        'compare-title',
      )}
      ${
        changed.length === 0
          ? html`<p>${t('role.compareSame')}</p>`
          : html`<ul class="changes">
              ${changed.map((change) => html`<li>${t(`role.count.${change}`, { count: diff.counts[change] })}</li>`)}
            </ul>`
      }
      <div class="table-wrap" role="region" aria-labelledby="compare-title" tabindex="0">
        <table part="compare" aria-labelledby="compare-title">
          <thead>
            <tr>
              <th scope="col">${t('common.skill')}</th>
              <th scope="col">${from}</th>
              <th scope="col">${to}</th>
            </tr>
          </thead>
          ${ROLE_CHANGES.map((change) => {
            const rows = diff.changes.filter((entry) => entry.change === change);
            return rows.length === 0
              ? nothing
              : html`<tbody>
                  <tr>
                    <th scope="rowgroup" colspan="3" class="group">${t(`role.change.${change}`)}</th>
                  </tr>
                  ${rows.map(
                    (entry) =>
                      html`<tr>
                        <th scope="row">${this.renderSkillName(index, entry.skill)}</th>
                        <td>${cell(entry.from)}</td>
                        <td>${cell(entry.to)}</td>
                      </tr>`,
                  )}
                </tbody>`;
          })}
        </table>
      </div>`;
  }

  /** Where a next role links to: the host's `role-href` when it is a safe URL (https or relative), else `#id`. */
  #href(id: string): string {
    const href = this.roleHref?.replaceAll('{id}', encodeURIComponent(id));
    return href !== undefined && isSafeUrl(href) ? href : `#${id}`;
  }

  #renderMoves(index: FrameworkIndex, role: ResolvedRole): TemplateResult {
    const { t, locale } = this.i18n;
    const { roles, pathwaysFrom } = indexRoles(index.framework);
    const moves = pathwaysFrom.get(role.id) ?? [];
    return html`${heading(this.#outline + 1, t('role.next'))}
    ${
      moves.length === 0
        ? html`<p class="message">${t('role.noNext')}</p>`
        : html`<ul part="moves" class="moves" role="list" @click=${this.#onMoveClick}>
            ${moves.map((move) => {
              const target = roles.get(move.to)!;
              const href = this.#href(move.to);
              return html`<li>
                <a href=${href} data-role=${move.to} data-kind=${move.kind}
                  >${renderText(this.#title(target), locale, this.contentLanguage)}</a
                >
                <span class="kind">${t(`role.kind.${move.kind}`)}</span>
                ${move.note ? html`<span class="note">${renderText(move.note, locale, this.contentLanguage)}</span>` : nothing}
              </li>`;
            })}
          </ul>`
    }`;
  }
}
