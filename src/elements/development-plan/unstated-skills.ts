import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedRole } from '../../core/framework-index.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageParams } from '../../i18n/types.js';
import { messageWith } from '../../shared/rich-text.js';

/** The skills a role names without stating a level: `planSteps` makes no step of them, as there is no level to reach. */
export const unstatedSkills = (role: ResolvedRole | undefined): string[] =>
  (role?.requirements ?? []).filter((requirement) => requirement.level === undefined).map((requirement) => requirement.skill);

/**
 * "This role also names these skills without stating a level, so they are not steps: …": the plan says
 * so rather than drop them in silence. Each name keeps its own language mark.
 */
export function renderUnstatedSkills(
  skills: readonly string[],
  t: (key: MessageKey, params?: MessageParams) => string,
  skillName: (id: string) => TemplateResult | string,
): TemplateResult | typeof nothing {
  if (skills.length === 0) return nothing;
  const names = skills.map((skill, i) => html`${i > 0 ? ', ' : ''}${skillName(skill)}`);
  return html`<p part="unstated" class="unstated">
    ${messageWith((params) => t('plan.unstated', { ...params, count: skills.length }), { skills: html`${names}` })}
  </p>`;
}
