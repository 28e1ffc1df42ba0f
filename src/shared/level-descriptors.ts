import { html, nothing, type TemplateResult } from 'lit';
import type { SkillLevelView } from '../core/levels.js';
import type { RichText } from '../core/schema/text.js';
import type { LocaleController } from './locale-controller.js';

/**
 * What one level of a skill says, as the ladder shows it: its descriptors, the scale's general
 * description, "not applicable" with any note, or that none are given.
 */
export function renderLevelDescriptors(
  view: SkillLevelView,
  t: LocaleController['t'],
  rich: (value: RichText) => TemplateResult,
): TemplateResult {
  switch (view.kind) {
    case 'descriptors':
      return rich(view.descriptors);
    case 'general':
      return html`<p class="message">${t('common.descriptors.general')}</p>
        ${rich(view.descriptors)}`;
    case 'not-applicable':
      return html`<p><strong>${t('common.descriptors.notApplicable')}</strong></p>
        ${view.note ? rich(view.note) : nothing}`;
    default:
      return html`<p class="message">${t('common.descriptors.none')}</p>`;
  }
}
