import { html, nothing, type TemplateResult } from 'lit';
import { TEAM_SORTS, TEAM_VIEWS, type TeamView } from '../../core/analysis/team-order.js';
import type { Framework } from '../../core/schema/framework.js';
import type { Translator } from '../../i18n/index.js';
import { idList } from '../../shared/id-list.js';
import { textFor } from '../../shared/rich-text.js';

/** What the heatmap's controls show and do. */
export interface HeatmapControls {
  /** The views the page allows (a choice only when there are two), and the one shown. */
  readonly allowed: readonly TeamView[];
  readonly shown: TeamView;
  readonly sort?: string;
  readonly category?: string;
  readonly categories: Framework['categories'];
  /** The counts are hidden: there is nothing to download. */
  readonly suppressed: boolean;
  /** Whether "Show the whole table" is pressed; undefined when it is not offered. */
  readonly showAll?: boolean;
  choose(property: 'view' | 'sort' | 'category'): (event: Event) => void;
  download(): void;
  toggleAll(): void;
}

/** The views a page allows, from `views` (every view when it names none), and the one shown: `view` when allowed, else the first. */
export function viewsOf(views: string | undefined, view: TeamView | undefined): { allowed: TeamView[]; shown: TeamView } {
  const listed = idList(views).filter((one): one is TeamView => (TEAM_VIEWS as readonly string[]).includes(one));
  const allowed = listed.length > 0 ? listed : [...TEAM_VIEWS];
  return { allowed, shown: allowed.includes(view ?? 'people') ? (view ?? 'people') : allowed[0]! };
}

/** The view, order and category chosen, "Download" and "Show the whole table". */
export function renderControls(c: HeatmapControls, t: Translator['t'], locale: string): TemplateResult {
  const option = (value: string, label: string, current: string | undefined, disabled = false) =>
    html`<option value=${value} ?selected=${value === (current ?? '')} ?disabled=${disabled}>${label}</option>`;
  return html`<div part="controls" class="controls">
    ${
      c.allowed.length > 1
        ? html`<label
            >${t('team.view')}<select @change=${c.choose('view')}>
              ${c.allowed.map((view) => option(view, t(`team.view.${view}`), c.shown))}
            </select></label
          >`
        : nothing
    }
    <label
      >${t('team.sort')}<select @change=${c.choose('sort')}>
        ${TEAM_SORTS.map((sort) => option(sort, t(`team.sort.${sort}`), c.sort ?? 'skill', c.shown === 'aggregate' && sort === 'person'))}
      </select></label
    >
    ${
      c.categories.length > 0
        ? html`<label
            >${t('team.category')}<select @change=${c.choose('category')}>
              ${option('', t('team.category.all'), c.category)}${c.categories.map((category) => option(category.id, textFor(category.name, locale), c.category))}
            </select></label
          >`
        : nothing
    }
    ${c.suppressed ? nothing : html`<button type="button" @click=${c.download}>${t('team.export')}</button>`}
    ${
      c.showAll === undefined
        ? nothing
        : html`<button type="button" aria-pressed=${c.showAll ? 'true' : 'false'} @click=${c.toggleAll}>${t('team.showAll')}</button>`
    }
  </div>`;
}
