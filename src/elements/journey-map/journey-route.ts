import { html, nothing, type TemplateResult } from 'lit';
import type { Move, RouteResult } from '../../core/analysis/journey.js';
import type { ResolvedRole } from '../../core/framework-index.js';
import type { Translator } from '../../i18n/index.js';
import { heading, messageWith } from '../../shared/rich-text.js';

/** How the route draws what the element knows how to: roles, moves, skills, levels, and a message. */
export interface RouteWords {
  readonly t: Translator['t'];
  title(role: ResolvedRole): TemplateResult | string;
  kind(move: Move): string;
  skill(id: string): TemplateResult | string;
  level(id: string): TemplateResult | string;
  missing(message: string): TemplateResult;
}

/**
 * The route from role `from` to role `to`: each move, with the skills to develop (and those the next role
 * needs without a level stated), or why there is none. Headed at `outline`.
 */
export function renderRoute(route: RouteResult, from: string, to: string, outline: number, w: RouteWords): TemplateResult {
  const { t } = w;
  const name = (role: ResolvedRole | undefined, id: string) => (role ? w.title(role) : id);
  const title = messageWith((params) => t('journey.route', params), { from: name(route.from, from), to: name(route.to, to) });
  const best = route.routes[0];
  let body: TemplateResult;
  if (route.none === 'unknown-from' || route.none === 'unknown-to') {
    body = w.missing(t('common.roleMissing', { role: route.none === 'unknown-from' ? from : to }));
  } else if (!best) {
    body = html`<p>${messageWith((params) => t('journey.noRoute', params), { from: name(route.from, ''), to: name(route.to, '') })}</p>`;
  } else if (best.steps.length === 0) {
    body = html`<p>${t('journey.sameRole')}</p>`;
  } else {
    body = html`<p>${t('journey.routeMoves', { count: best.steps.length })}</p>
      <ol class="steps">
        ${best.steps.map(
          (step) =>
            html`<li>
              <strong>${w.title(step.role)}</strong> <span class="kind">${w.kind(step.move)}</span>
              ${
                step.develop.length === 0
                  ? html`<p>${t(step.unstated.length > 0 ? 'journey.nothingStated' : 'journey.nothingNew')}</p>`
                  : html`<p>${t('journey.develop')}</p>
                      <ul>
                        ${step.develop.map(
                          (skill) =>
                            html`<li>
                              ${messageWith((params) => t('journey.developSkill', params), {
                                skill: w.skill(skill.skill),
                                level: w.level(skill.to),
                              })}
                            </li>`,
                        )}
                      </ul>`
              }
              ${
                step.unstated.length === 0
                  ? nothing
                  : html`<p>${t('journey.unstated')}</p>
                      <ul class="unstated">
                        ${step.unstated.map((skill) => html`<li>${w.skill(skill)}</li>`)}
                      </ul>`
              }
            </li>`,
        )}
      </ol>
      ${route.routes.length > 1 ? html`<p class="hint">${t('journey.otherRoutes', { count: route.routes.length - 1 })}</p>` : nothing}`;
  }
  return html`<section part="route" class="route">${heading(outline, title)}${body}</section>`;
}

/** What marks role `id` besides its name: you are here (`from`), target (`to`), its step on the route. */
export function routeTags(t: Translator['t'], steps: ReadonlyMap<string, number>, id: string, from?: string, to?: string): string {
  const tags: string[] = [];
  if (id === from) tags.push(t('journey.here'));
  if (id === to) tags.push(t('journey.target'));
  const step = steps.get(id);
  if (step !== undefined && id !== to) tags.push(t('journey.step', { count: step }));
  return tags.join(' · ');
}
