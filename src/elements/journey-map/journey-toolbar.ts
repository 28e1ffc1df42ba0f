import { html, nothing, type TemplateResult } from 'lit';
import { moveSwatch } from '../../charts/journey-drawing.js';
import type { Translator } from '../../i18n/index.js';

/** The map's zoom steps. */
export const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** Zoom out, in and back to 100%, and the zoom said; `onZoom` reads the step from the button's `data-zoom`. */
export function renderZoomBar(t: Translator['t'], zoom: number, onZoom: (event: Event) => void): TemplateResult {
  return html`<div class="toolbar">
    <button type="button" data-zoom="-1" @click=${onZoom} aria-disabled=${zoom <= ZOOMS[0] ? 'true' : 'false'}>
      ${t('journey.zoomOut')}
    </button>
    <button type="button" data-zoom="1" @click=${onZoom} aria-disabled=${zoom >= ZOOMS.at(-1)! ? 'true' : 'false'}>
      ${t('journey.zoomIn')}
    </button>
    <button type="button" data-zoom="0" @click=${onZoom} aria-disabled=${zoom === 1 ? 'true' : 'false'}>${t('journey.zoomReset')}</button>
    <span role="status">${t('journey.zoom', { percent: Math.round(zoom * 100) })}</span>
  </div>`;
}

/** The kinds of move and how each is drawn; inferred moves when the map shows them. */
export function renderLegend(t: Translator['t'], inferred: boolean | undefined): TemplateResult {
  return html`<ul class="legend">
    ${(['promotion', 'lateral', 'cross-profession'] as const).map((kind) => html`<li>${moveSwatch(kind)} ${t(`journey.kind.${kind}`)}</li>`)}
    ${inferred ? html`<li>${moveSwatch('overlap')} ${t('journey.inferred', { kind: t('journey.kind.lateral') })}</li>` : nothing}
  </ul>`;
}
