import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { findRoutes, journeyGraph, type JourneyGraph, type Move, type RouteResult } from '../../core/analysis/journey.js';
import { indexRoles, type FrameworkIndex, type ResolvedRole } from '../../core/framework-index.js';
import type { Issue } from '../../core/issues.js';
import { parseAssessment } from '../../core/parse.js';
import type { Assessment } from '../../core/schema/assessment.js';
import { journeyInput, journeyLayout, neighbourOf, type JourneyLayout, type JourneyNode } from '../../charts/journey-layout.js';
import { LINE_HEIGHT } from '../../charts/labels.js';
import { RoleSelectEvent } from '../../events/role-select-event.js';
import { drawingStyles } from '../../shared/drawing-styles.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { PreviewController } from '../../shared/preview-controller.js';
import { WidthController } from '../../shared/width-controller.js';
import { heading, messageWith, outlineLevel, renderText, textFor } from '../../shared/rich-text.js';
import { journeyMapStyles } from './journey-map.styles.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { journeyMessages } from '../../i18n/messages/journey.js';
import { mergeMessages } from '../../i18n/translate.js';

/** Below this width (CSS px) the list takes over from the map. */
const NARROW = 600;
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** What one render shows: the graph (filtered by family), its layout, and the route asked for. */
interface MapModel {
  readonly index: FrameworkIndex;
  readonly graph: JourneyGraph;
  readonly layout: JourneyLayout;
  readonly route?: RouteResult;
  /** Role id to its step number on the best route (1 for the first move's role). */
  readonly steps: ReadonlyMap<string, number>;
  /** `from>to` of the moves on the best route. */
  readonly routeMoves: ReadonlySet<string>;
  /** Problems with the assessment given, which is then not used. */
  readonly assessmentIssues: readonly Issue[];
}

/**
 * Where a person can go from their role: roles by family (columns) and level (rows), with the
 * moves between them drawn by kind, the person's role and target marked, the best route from one
 * to the other as a list of steps with the skills to develop, and a list of every role and where
 * it leads as the map's equal. Choosing a role shows its profile.
 *
 * @customElement cf-journey-map
 * @summary A career map: roles, moves between them, and the route to a target role.
 * @fires {RoleSelectEvent} cf-role-select - A role was chosen on the map, in the list or in its profile; cancelable (then its profile does not open).
 * @csspart route - The route from `from` to `to`, step by step.
 * @csspart map - The scrollable map.
 * @csspart list - The list of roles by family and level.
 * @csspart profile - The chosen role's profile.
 * @csspart message - A message shown instead of the map (no roles, no framework).
 * @csspart error-summary - Problems with a framework or assessment given as a property.
 * @cssproperty --cf-journey-map-route-color - The route's roles and moves.
 * @cssproperty --cf-journey-map-here-color - The person's role.
 */
export class CfJourneyMap extends FrameworkElement {
  static override styles = [FrameworkElement.styles, drawingStyles, journeyMapStyles];
  static override catalogue = mergeMessages(commonMessages, journeyMessages);

  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    family: {},
    view: {},
    inferred: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    assessment: { attribute: false },
  };

  /** The person's role or role level, marked "You are here". */
  declare from?: string;

  /** A role to reach: marked, with the best route to it from `from`. */
  declare to?: string;

  /** Family ids (comma-separated) to show; all when unset. */
  declare family?: string;

  /** `map` (the default; the list is still there for assistive technology) or `list`. */
  view = 'map';

  /** Also shows moves suggested by shared skills, marked as such. */
  inferred = false;

  /** Heading level of the element's sections (2 to 4). */
  headingLevel = 3;

  /** The person's ratings: routes then take the fewest levels to gain from where they are. */
  declare assessment?: Assessment;

  #zoom = 1;
  readonly #size = new WidthController(this);
  #model?: { key: readonly unknown[]; value: MapModel };
  readonly #select = new PreviewController(this, {
    focusShows: false,
    // On the map, arrows follow its rows and columns; in the list, its order.
    neighbour: (key, arrow) => (this.#listOnly ? null : this.#model ? neighbourOf(this.#model.value.layout, key, arrow) : undefined),
  });

  get #listOnly(): boolean {
    return this.view === 'list' || (this.#size.width ?? NARROW) < NARROW;
  }

  get #outline(): number {
    return outlineLevel(this.headingLevel, 3);
  }

  /** A role chosen on the map or in the list: the host may cancel before its profile opens. */
  readonly #onClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('[data-item]')?.dataset.item;
    const role = key ? this.#roleById(key) : undefined;
    if (!role) return;
    if (this.#select.shown !== key && !this.dispatchEvent(new RoleSelectEvent(role))) return;
    this.#select.listeners.click(event);
  };

  /** A next role chosen in the profile: the profile follows it, and the map with it. */
  readonly #onProfileSelect = (event: RoleSelectEvent): void => {
    // The profile's event stays in this shadow root: the host hears it from the map, and may cancel it.
    if (!this.dispatchEvent(new RoleSelectEvent(event.role, event.kind))) {
      event.preventDefault();
      return;
    }
    this.#select.shown = event.role.id;
    this.#select.pinned = true;
    this.requestUpdate();
  };

  readonly #zoomBy = (event: Event): void => {
    // aria-disabled, not disabled: a button that became disabled under focus would drop the focus.
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
    const step = Number((event.currentTarget as HTMLElement).dataset.zoom);
    const at = ZOOMS.indexOf(this.#zoom as (typeof ZOOMS)[number]);
    this.#zoom = step === 0 ? 1 : (ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, at + step))] ?? 1);
    this.requestUpdate();
  };

  /** Any role of the framework: one chosen in a profile may lie outside the families shown. */
  #roleById(id: string): ResolvedRole | undefined {
    const framework = this.#model?.value.index.framework;
    return framework ? indexRoles(framework).roles.get(id) : undefined;
  }

  #title(role: ResolvedRole): string {
    return textFor((role.level ?? role.role).title, this.i18n.locale);
  }

  #renderTitle(role: ResolvedRole): TemplateResult | string {
    return renderText((role.level ?? role.role).title, this.i18n.locale, this.contentLanguage);
  }

  /** The kind of role the framework names (a grade band such as "Senior Civil Service"), in the page's language. */
  #type(role: ResolvedRole | undefined): string | undefined {
    const type = role?.level?.type ?? role?.role.type;
    return type === undefined ? undefined : textFor(type, this.i18n.locale);
  }

  /** What a row of the map is called: its grade, "Level 2", or that its roles are not placed on a level. */
  #rowName(row: JourneyLayout['rows'][number]): string {
    const { t } = this.i18n;
    return row.apart ? t('journey.apart') : (row.grade ?? t('journey.level', { count: row.rank + 1 }));
  }

  /** The graph, layout and route, worked out again only when what they depend on changes. */
  #mapModel(index: FrameworkIndex): MapModel {
    const key = [index.framework, this.family, this.inferred, this.from, this.to, this.assessment, this.i18n.locale];
    const cached = this.#model;
    if (cached && cached.key.every((value, i) => value === key[i])) return cached.value;
    const framework = index.framework;
    const full = journeyGraph(framework, { inferred: this.inferred });
    const families = this.family?.split(',').map((id) => id.trim()).filter(Boolean);
    const graph = families?.length ? filterGraph(full, families) : full;
    const layout = journeyLayout(journeyInput(graph, framework.families.map((family) => family.id), (role) => this.#title(role), full));
    // The assessment is untrusted like any input: routes are measured from it only when it is valid.
    const rated = this.assessment ? parseAssessment(this.assessment, framework) : undefined;
    const ratings = rated?.ok ? rated.value : undefined;
    const route = this.from && this.to ? findRoutes(framework, this.from, this.to, ratings, { inferred: this.inferred }) : undefined;
    const best = route?.routes[0];
    const steps = new Map<string, number>(best?.steps.map((step, i) => [step.role.id, i + 1]) ?? []);
    const routeMoves = new Set(best?.steps.map((step) => `${step.move.from}>${step.move.to}`) ?? []);
    const value = { index, graph, layout, route, steps, routeMoves, assessmentIssues: rated && !rated.ok ? rated.issues : [] };
    this.#model = { key, value };
    return value;
  }

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const index = this.frameworkIndex;
    if (!index) return this.renderMissingFramework();
    const { t } = this.i18n;
    const model = this.#mapModel(index);
    if (model.graph.roles.length === 0) return this.renderMessage(t('journey.noRoles'));
    const issues = model.assessmentIssues.length > 0 ? renderIssueSummary(model.assessmentIssues, this.i18n, 'assess.invalidInput') : nothing;
    const listOnly = this.#listOnly;
    const on = this.#select.listeners;
    const selected = this.#select.shown ? this.#roleById(this.#select.shown) : undefined;
    return html`
      ${issues}
      ${model.route ? this.#renderRoute(model, model.route) : nothing}
      <div @focusin=${on.focusin} @keydown=${on.keydown} @click=${this.#onClick}>
        ${listOnly ? nothing : this.#renderMap(model)}
        ${this.#renderList(model, listOnly)}
      </div>
      <section part="profile" class="profile" id="profile" data-details ?hidden=${!selected} @cf-role-select=${this.#onProfileSelect}>
        ${selected
          ? html`<cf-role-profile role-id=${selected.id} heading-level=${this.#outline} .framework=${this.framework} .messages=${this.messages}></cf-role-profile>`
          : nothing}
      </section>
    `;
  }

  #kindText(move: Move): string {
    const { t } = this.i18n;
    const kind = t(`journey.kind.${move.kind}`);
    return move.source === 'overlap' ? t('journey.inferred', { kind }) : kind;
  }

  #renderRoute({ index }: MapModel, route: RouteResult): TemplateResult {
    const { t } = this.i18n;
    const name = (role: ResolvedRole | undefined, id: string) => (role ? this.#renderTitle(role) : id);
    const title = messageWith((params) => t('journey.route', params), { from: name(route.from, this.from!), to: name(route.to, this.to!) });
    const best = route.routes[0];
    let body: TemplateResult;
    if (route.none === 'unknown-from' || route.none === 'unknown-to') {
      body = this.renderMessage(t('assess.roleMissing', { role: route.none === 'unknown-from' ? this.from! : this.to! }));
    } else if (!best) {
      body = html`<p>${messageWith((params) => t('journey.noRoute', params), { from: name(route.from, ''), to: name(route.to, '') })}</p>`;
    } else if (best.steps.length === 0) {
      body = html`<p>${t('journey.sameRole')}</p>`;
    } else {
      body = html`<p>${t('journey.routeMoves', { count: best.steps.length })}</p>
        <ol class="steps">
          ${best.steps.map(
            (step) => html`<li>
              <strong>${this.#renderTitle(step.role)}</strong> <span class="kind">${this.#kindText(step.move)}</span>
              ${step.develop.length === 0
                ? html`<p>${t(step.unstated.length > 0 ? 'journey.nothingStated' : 'journey.nothingNew')}</p>`
                : html`<p>${t('journey.develop')}</p>
                    <ul>
                      ${step.develop.map(
                        (skill) =>
                          html`<li>${messageWith((params) => t('journey.developSkill', params), {
                            skill: this.renderSkillName(index, skill.skill),
                            level: this.renderAnswer(index, skill.to),
                          })}</li>`,
                      )}
                    </ul>`}
              ${step.unstated.length === 0
                ? nothing
                : html`<p>${t('journey.unstated')}</p>
                    <ul class="unstated">
                      ${step.unstated.map((skill) => html`<li>${this.renderSkillName(index, skill)}</li>`)}
                    </ul>`}
            </li>`,
          )}
        </ol>
        ${route.routes.length > 1 ? html`<p class="hint">${t('journey.otherRoutes', { count: route.routes.length - 1 })}</p>` : nothing}`;
    }
    return html`<section part="route" class="route">${heading(this.#outline, title)}${body}</section>`;
  }

  #renderMap(model: MapModel): TemplateResult {
    const { t, locale } = this.i18n;
    const { layout, index } = model;
    const zoom = this.#zoom;
    const keys = layout.nodes.map((node) => node.id);
    const familyName = (family?: string) => {
      const known = family ? index.families.get(family) : undefined;
      return known ? textFor(known.name, locale) : t('journey.otherFamily');
    };
    const line = (kind: string) => html`<svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true"><path class="move ${kind}" d="M2 6H34"></path></svg>`;
    return html`
      <div class="toolbar">
        <button type="button" data-zoom="-1" @click=${this.#zoomBy} aria-disabled=${zoom <= ZOOMS[0] ? 'true' : 'false'}>${t('journey.zoomOut')}</button>
        <button type="button" data-zoom="1" @click=${this.#zoomBy} aria-disabled=${zoom >= ZOOMS.at(-1)! ? 'true' : 'false'}>${t('journey.zoomIn')}</button>
        <button type="button" data-zoom="0" @click=${this.#zoomBy} aria-disabled=${zoom === 1 ? 'true' : 'false'}>${t('journey.zoomReset')}</button>
        <span role="status">${t('journey.zoom', { percent: Math.round(zoom * 100) })}</span>
      </div>
      <ul class="legend">
        ${(['promotion', 'lateral', 'cross-profession'] as const).map((kind) => html`<li>${line(kind)} ${t(`journey.kind.${kind}`)}</li>`)}
        ${this.inferred ? html`<li>${line('overlap')} ${t('journey.inferred', { kind: t('journey.kind.lateral') })}</li>` : nothing}
      </ul>
      <p class="hint">${t('journey.mapHint')}</p>
      <div part="map" class="viewport" role="group" aria-label=${t('journey.map')}>
        <div class="plot" .style=${`width:${layout.width * zoom}px;height:${layout.height * zoom}px`}>
          <svg aria-hidden="true" width="100%" height="100%" viewBox="0 0 ${layout.width} ${layout.height}">
            <defs>
              <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
                <path class="head" d="M0 0L10 5L0 10Z"></path>
              </marker>
            </defs>
            ${layout.columns.map((column) => svg`<text class="family" x=${column.x} y=${layout.titleY}>${familyName(column.family)}</text>`)}
            ${layout.rows.map((row) => (row.apart ? nothing : svg`<text class="grade" x="4" y=${row.y + 30}>${this.#rowName(row)}</text>`))}
            ${layout.apart
              ? svg`<text class="band" x="4" y=${layout.apart.titleY}>${t('journey.apart')}</text>
                  ${layout.apart.ruleY === undefined ? nothing : svg`<path class="band-rule" d="M4 ${layout.apart.ruleY}H${layout.width - 4}"></path>`}`
              : nothing}
            ${layout.edges.map((edge) => {
              const onRoute = model.routeMoves.has(`${edge.from}>${edge.to}`);
              return svg`<path class="move ${edge.kind} ${edge.source === 'overlap' ? 'overlap' : ''} ${onRoute ? 'on-route' : ''}" d=${edge.path} marker-end="url(#arrow)"></path>`;
            })}
            ${layout.nodes.map((node) => this.#renderNode(model, node))}
          </svg>
          ${layout.nodes.map((node) => {
            const role = this.#roleById(node.id)!;
            const place = `left:${(100 * node.x) / layout.width}%;top:${(100 * node.y) / layout.height}%;width:${(100 * node.width) / layout.width}%;height:${(100 * node.height) / layout.height}%`;
            return html`<button type="button" class="target" data-item=${node.id} .style=${place} tabindex=${this.#select.tabIndex(node.id, keys)}
              aria-expanded=${this.#select.shown === node.id ? 'true' : 'false'} aria-controls="profile" aria-describedby="li-${node.id}"
              ><span class="visually-hidden">${this.#renderTitle(role)} ${this.#tags(model, node.id)}</span></button
            >`;
          })}
        </div>
      </div>
    `;
  }

  /** What marks a role besides its name: you are here, target, its step on the route. */
  #tags(model: MapModel, id: string): string {
    const { t } = this.i18n;
    const tags: string[] = [];
    if (id === this.from) tags.push(t('journey.here'));
    if (id === this.to) tags.push(t('journey.target'));
    const step = model.steps.get(id);
    if (step !== undefined && id !== this.to) tags.push(t('journey.step', { count: step }));
    return tags.join(' · ');
  }

  #renderNode(model: MapModel, node: JourneyNode) {
    const classes = [
      'role',
      node.id === this.from ? 'here' : '',
      node.id === this.to ? 'target-role' : '',
      model.steps.has(node.id) ? 'on-route' : '',
      this.#select.shown === node.id ? 'selected' : '',
    ].join(' ');
    // The line under the name: the route's marks, else the kind of role (such as a grade band).
    const tags = this.#tags(model, node.id) || this.#type(this.#roleById(node.id));
    const x = node.x + 10;
    return svg`<g class=${classes}>
      <rect x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx="4"></rect>
      <text x=${x} y=${node.y + (tags ? 18 : 22)}>${node.lines.map((line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`)}</text>
      ${tags ? svg`<text class="tag" x=${x} y=${node.y + node.height - 7}>${tags}</text>` : nothing}
    </g>`;
  }

  #renderList(model: MapModel, shown: boolean): TemplateResult {
    const { t, locale } = this.i18n;
    const { layout, graph, index } = model;
    const node = new Map(layout.nodes.map((entry) => [entry.id, entry]));
    // In the list, every role is its own tab stop, as links in a list are (arrow keys work too).
    const tabIndex = '0';
    const outline = this.#outline;
    // Where a role sits, for its button on the map: the list's headings say it, a description does not.
    const where = (role: ResolvedRole) => {
      const family = role.role.family ? index.families.get(role.role.family) : undefined;
      const row = layout.rows[node.get(role.id)!.rank]!;
      return [family ? textFor(family.name, locale) : t('journey.otherFamily'), this.#rowName(row)].join(', ');
    };
    const roleItem = (role: ResolvedRole) => {
      const moves = graph.movesFrom.get(role.id) ?? [];
      const tags = this.#tags(model, role.id);
      const type = this.#type(role);
      const name = this.#renderTitle(role);
      return html`<li id="li-${role.id}" class=${this.#select.shown === role.id ? 'selected' : ''}>
        ${shown
          ? html`<button type="button" class="link" data-item=${role.id} tabindex=${tabIndex}
              aria-expanded=${this.#select.shown === role.id ? 'true' : 'false'} aria-controls="profile">${name}</button>`
          : html`<span class="name">${name}</span>`}
        ${tags ? html`<span class="tag">${tags}</span>` : nothing}
        ${type ? html`<span class="type">${type}</span>` : nothing}
        <span class="visually-hidden">${where(role)}</span>
        ${moves.length === 0
          ? html`<span class="hint">${t('journey.nowhere')}</span>`
          : html`<span class="leads">${t('journey.leadsTo')}</span>
              <ul>
                ${moves.map((move) => {
                  const target = this.#roleById(move.to);
                  return html`<li>${target ? this.#renderTitle(target) : move.to} <span class="kind">${this.#kindText(move)}</span></li>`;
                })}
              </ul>`}
      </li>`;
    };
    return html`<div part="list" class=${shown ? 'list' : 'visually-hidden'}>
      ${heading(outline, t('journey.list'))}
      ${layout.columns.map((column) => {
        const family = column.family ? index.families.get(column.family) : undefined;
        const roles = graph.roles.filter((role) => node.get(role.id)!.column === layout.columns.indexOf(column));
        const ranks = [...new Set(roles.map((role) => node.get(role.id)!.rank))].sort((a, b) => a - b);
        const at = (rank: number) => roles.filter((role) => node.get(role.id)!.rank === rank).map(roleItem);
        // The roles apart are not a level: they follow the ordered levels, under their own title.
        const apart = ranks.filter((rank) => layout.rows[rank]!.apart);
        const levels = ranks.filter((rank) => !layout.rows[rank]!.apart);
        return html`${heading(outline + 1, family ? renderText(family.name, locale, this.contentLanguage) : t('journey.otherFamily'))}
          ${levels.length > 0
            ? html`<ol class="levels">
                ${levels.map((rank) => html`<li><span class="grade">${this.#rowName(layout.rows[rank]!)}</span><ul class="roles">${at(rank)}</ul></li>`)}
              </ol>`
            : nothing}
          ${apart.map((rank) => html`<p class="grade apart">${this.#rowName(layout.rows[rank]!)}</p><ul class="roles">${at(rank)}</ul>`)}`;
      })}
    </div>`;
  }
}

/** The graph restricted to roles of the given families, and the moves between them. */
function filterGraph(graph: JourneyGraph, families: readonly string[]): JourneyGraph {
  const roles = graph.roles.filter((role) => role.role.family !== undefined && families.includes(role.role.family));
  const ids = new Set(roles.map((role) => role.id));
  const moves = graph.moves.filter((move) => ids.has(move.from) && ids.has(move.to));
  const movesFrom = new Map<string, Move[]>();
  for (const move of moves) {
    const list = movesFrom.get(move.from) ?? [];
    list.push(move);
    movesFrom.set(move.from, list);
  }
  return { roles, moves, movesFrom };
}
