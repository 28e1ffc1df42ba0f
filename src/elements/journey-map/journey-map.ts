import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Move } from '../../core/analysis/journey.js';
import { indexRoles, type ResolvedRole } from '../../core/framework-index.js';
import type { Assessment } from '../../core/schema/assessment.js';
import { journeyDrawing } from '../../charts/journey-drawing.js';
import { neighbourOf, type JourneyLayout } from '../../charts/journey-layout.js';
import { journeyModel, type JourneyModel } from '../../charts/journey-model.js';
import { RoleSelectEvent } from '../../events/role-select-event.js';
import { drawingStyles } from '../../shared/drawing-styles.js';
import { FrameworkElement } from '../../shared/framework-element.js';
import { idList } from '../../shared/id-list.js';
import { renderIssueSummary } from '../../shared/issue-summary.js';
import { PreviewController } from '../../shared/preview-controller.js';
import { redispatch } from '../../shared/redispatch.js';
import { WidthController } from '../../shared/width-controller.js';
import { heading, outlineLevel, renderText, textFor } from '../../shared/rich-text.js';
import { journeyMapStyles } from './journey-map.styles.js';
import { renderRoute, routeTags } from './journey-route.js';
import { renderLegend, renderZoomBar, ZOOMS } from './journey-toolbar.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { journeyMessages } from '../../i18n/messages/journey.js';
import { mergeMessages } from '../../i18n/translate.js';

/** Below this width (CSS px) the list takes over from the map. */
const NARROW = 600;

/**
 * A role's marks after its name in a button's name: the comma starts the text, as a space alone between
 * two text nodes is dropped from the accessible name ("Team leaderYou are here").
 */
const tagsAfterName = (tags: string) => (tags ? `, ${tags}` : '');

/**
 * Where a person can go from their role: roles by family (columns) and level (rows), with the
 * moves between them drawn by kind, the person's role and target marked, the best route from one
 * to the other as a list of steps with the skills to develop, and a list of every role and where
 * it leads as the map's equal. Choosing a role shows its profile.
 *
 * @customElement cf-journey-map
 * @summary A career map: roles, moves between them, and the route to a target role.
 * @fires {RoleSelectEvent} cf-role-select - A role was chosen on the map, in the list or in its profile; cancelable (then its profile does not open).
 * @csspart base - The wrapper of everything the element shows.
 * @csspart route - The route from `from` to `to`, step by step.
 * @csspart map - The scrollable map.
 * @csspart list - The list of roles by family and level.
 * @csspart profile - The chosen role's profile.
 * @csspart message - A message shown instead of the map (no roles, no framework).
 * @csspart error-summary - Problems with a framework or assessment given as a property.
 * @cssproperty --cf-journey-map-route-color - The route's roles and moves.
 * @cssproperty --cf-journey-map-here-color - The person's role.
 * @cssproperty --cf-font-family - The font.
 * @cssproperty --cf-color-text - Text, and the roles' outlines.
 * @cssproperty --cf-color-secondary-text - Hints, titles and moves.
 * @cssproperty --cf-color-background - The roles and the zoom buttons.
 * @cssproperty --cf-color-surface - The role shown.
 * @cssproperty --cf-color-border - The map's frame and the profile's.
 * @cssproperty --cf-color-accent - The route unless set, and links.
 * @cssproperty --cf-color-success - The person's role unless set.
 * @cssproperty --cf-color-error - The error summary.
 * @cssproperty --cf-color-focus - The focus outline.
 * @cssproperty --cf-space - Spacing around the route, the profile and the error summary.
 * @cssproperty --cf-radius - The corners of the map's frame and the zoom buttons.
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

  /** Family ids to show, separated by spaces (commas are read too); all when unset. */
  declare family?: string;

  /** `map` (the default; the list is still there for assistive technology) or `list`. */
  view = 'map';

  /** Also shows moves suggested by shared skills, marked as such. */
  inferred = false;

  /** Heading level of the element's sections (2 to 4). */
  headingLevel = 2;

  /** The person's ratings: routes then take the fewest levels to gain from where they are. */
  declare assessment?: Assessment;

  #zoom = 1;
  readonly #size = new WidthController(this);
  /** The model, and what it was built from: built again only when that changes. */
  #model?: { key: readonly unknown[]; value?: JourneyModel };
  readonly #select = new PreviewController(this, {
    focusShows: false,
    // On the map, arrows follow its rows and columns; in the list, its order.
    neighbour: (key, arrow) => (this.#listOnly ? null : this.#model?.value ? neighbourOf(this.#model.value.layout, key, arrow) : undefined),
  });

  get #listOnly(): boolean {
    return this.view === 'list' || (this.#size.width ?? NARROW) < NARROW;
  }

  get #outline(): number {
    return outlineLevel(this.headingLevel, 2);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // A role's profile shows only once a person opens the role, so the page does not wait for it: it loads now.
    void import('../role-profile/define.js');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const index = this.awaitingProvider ? undefined : this.frameworkIndex;
    const key = [index, this.family, this.inferred, this.from, this.to, this.assessment, this.i18n.locale];
    if (this.#model?.key.every((value, i) => value === key[i])) return;
    const name = (role: ResolvedRole) => textFor((role.level ?? role.role).title, this.i18n.locale);
    const query = {
      families: idList(this.family),
      inferred: this.inferred,
      from: this.from,
      to: this.to,
      assessment: this.assessment,
      name,
    };
    this.#model = { key, value: index ? journeyModel(index, query) : undefined };
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
    if (!redispatch(this, event, new RoleSelectEvent(event.role, event.kind))) return;
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
    const framework = this.#model?.value?.index.framework;
    return framework ? indexRoles(framework).roles.get(id) : undefined;
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

  protected override render() {
    if (this.awaitingProvider) return nothing;
    const model = this.#model?.value;
    if (!model) return html`<div part="base">${this.renderMissingFramework()}</div>`;
    const { t } = this.i18n;
    if (model.graph.roles.length === 0) return html`<div part="base">${this.renderMessage(t('journey.noRoles'))}</div>`;
    const issues =
      model.assessmentIssues.length > 0 ? renderIssueSummary(model.assessmentIssues, this.i18n, 'common.invalidAssessment') : nothing;
    const listOnly = this.#listOnly;
    const on = this.#select.listeners;
    const selected = this.#select.shown ? this.#roleById(this.#select.shown) : undefined;
    return html`<div part="base">
      ${issues}
      ${
        model.route
          ? renderRoute(model.route, this.from!, this.to!, this.#outline, {
              t,
              title: (role) => this.#renderTitle(role),
              kind: (move) => this.#kindText(move),
              skill: (id) => this.renderSkillName(model.index, id),
              level: (id) => this.renderAnswer(model.index, id),
              missing: (message) => this.renderMessage(message),
            })
          : nothing
      }
      <div @focusin=${on.focusin} @keydown=${on.keydown} @click=${this.#onClick}>
        ${listOnly ? nothing : this.#renderMap(model)} ${this.#renderList(model, listOnly)}
      </div>
      <section part="profile" class="profile" id="profile" data-details ?hidden=${!selected} @cf-role-select=${this.#onProfileSelect}>
        ${
          selected
            ? html`<cf-role-profile
                role-id=${selected.id}
                heading-level=${this.#outline}
                .framework=${this.framework}
                .messages=${this.messages}
              ></cf-role-profile>`
            : nothing
        }
      </section>
    </div>`;
  }

  #kindText(move: Move): string {
    const { t } = this.i18n;
    const kind = t(`journey.kind.${move.kind}`);
    return move.source === 'overlap' ? t('journey.inferred', { kind }) : kind;
  }

  #renderMap(model: JourneyModel): TemplateResult {
    const { t, locale } = this.i18n;
    const { layout, index } = model;
    const zoom = this.#zoom;
    const stop = this.#select.tabStop(layout.nodes.map((node) => node.id));
    const familyName = (family?: string) => {
      const known = family ? index.families.get(family) : undefined;
      return known ? textFor(known.name, locale) : t('journey.otherFamily');
    };
    const words = {
      columns: layout.columns.map((column) => familyName(column.family)),
      rows: layout.rows.map((row) => this.#rowName(row)),
      apart: t('journey.apart'),
    };
    const marks = ({ id }: { id: string }) => ({
      here: id === this.from,
      target: id === this.to,
      onRoute: model.steps.has(id),
      selected: this.#select.shown === id,
      // The line under the name: the route's marks, else the kind of role (such as a grade band).
      tag: this.#tags(model, id) || this.#type(this.#roleById(id)),
    });
    return html`
      ${renderZoomBar(t, zoom, this.#zoomBy)} ${renderLegend(t, this.inferred)}
      <p class="hint">${t('journey.mapHint')}</p>
      <div part="map" class="viewport" role="group" aria-label=${t('journey.map')} tabindex="-1">
        <div class="plot" .style=${`width:${layout.width * zoom}px;height:${layout.height * zoom}px`}>
          ${journeyDrawing(layout, words, model.routeMoves, marks)}
          ${layout.nodes.map((node) => {
            const role = this.#roleById(node.id)!;
            const place = `left:${(100 * node.x) / layout.width}%;top:${(100 * node.y) / layout.height}%;width:${(100 * node.width) / layout.width}%;height:${(100 * node.height) / layout.height}%`;
            return html`<button
              type="button"
              class="target"
              data-item=${node.id}
              .style=${place}
              tabindex=${node.id === stop ? '0' : '-1'}
              aria-expanded=${this.#select.shown === node.id ? 'true' : 'false'}
              aria-controls="profile"
              aria-describedby="li-${node.id}"
            >
              <span class="visually-hidden">${this.#renderTitle(role)}${tagsAfterName(this.#tags(model, node.id))}</span>
            </button>`;
          })}
        </div>
      </div>
    `;
  }

  /** What marks a role besides its name: you are here, target, its step on the route. */
  #tags(model: JourneyModel, id: string): string {
    return routeTags(this.i18n.t, model.steps, id, this.from, this.to);
  }

  #renderList(model: JourneyModel, shown: boolean): TemplateResult {
    const { t, locale } = this.i18n;
    const { layout, graph, index } = model;
    const outline = this.#outline;
    const familyName = (id?: string) => {
      const family = id ? index.families.get(id) : undefined;
      return family
        ? { text: textFor(family.name, locale), rendered: renderText(family.name, locale, this.contentLanguage) }
        : { text: t('journey.otherFamily') };
    };
    const roleItem = (rank: number) => (role: ResolvedRole) => {
      const moves = graph.movesFrom.get(role.id) ?? [];
      const tags = this.#tags(model, role.id);
      const type = this.#type(role);
      const name = this.#renderTitle(role);
      // In the list, every role is its own tab stop, as links in a list are (arrow keys work too).
      return html`<li id="li-${role.id}" class=${this.#select.shown === role.id ? 'selected' : ''}>
        ${
          shown
            ? html`<button
                type="button"
                class="link"
                data-item=${role.id}
                tabindex="0"
                aria-expanded=${this.#select.shown === role.id ? 'true' : 'false'}
                aria-controls="profile"
              >
                ${name}
              </button>`
            : html`<span class="name">${name}</span>`
        }
        ${tags ? html`<span class="tag">${tags}</span>` : nothing} ${type ? html`<span class="type">${type}</span>` : nothing}
        <span class="visually-hidden">${familyName(role.role.family).text}, ${this.#rowName(layout.rows[rank]!)}</span>
        ${
          moves.length === 0
            ? html`<span class="hint">${t('journey.nowhere')}</span>`
            : html`<span class="leads">${t('journey.leadsTo')}</span>
                <ul>
                  ${moves.map((move) => {
                    const target = this.#roleById(move.to);
                    return html`<li>${target ? this.#renderTitle(target) : move.to} <span class="kind">${this.#kindText(move)}</span></li>`;
                  })}
                </ul>`
        }
      </li>`;
    };
    // Where a role sits (its family and row) is said in its item too, for its button on the map: the list's headings say it, a description does not.
    return html`<div part="list" class=${shown ? 'list' : 'visually-hidden'}>
      ${heading(outline, t('journey.list'))}
      ${model.list.map(({ family, levels, apart }) => {
        const name = familyName(family);
        return html`${heading(outline + 1, name.rendered ?? name.text)}
        ${
          levels.length > 0
            ? html`<ol class="levels">
                ${levels.map(
                  ({ rank, roles }) =>
                    html`<li>
                      <span class="grade">${this.#rowName(layout.rows[rank]!)}</span>
                      <ul class="roles">
                        ${roles.map(roleItem(rank))}
                      </ul>
                    </li>`,
                )}
              </ol>`
            : nothing
        }
        ${apart.map(
          ({ rank, roles }) =>
            html`<p class="grade apart">${this.#rowName(layout.rows[rank]!)}</p>
              <ul class="roles">
                ${roles.map(roleItem(rank))}
              </ul>`,
        )}`;
      })}
    </div>`;
  }
}
