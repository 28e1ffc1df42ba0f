// The gap chart's drawings as Lit templates, from a plot already laid out and worded: no state, no
// messages. Class names are the chart's stylesheet's; `s0`…`s3` give each series its colour and line.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { loosePoints, markerPath } from './gap-geometry.js';
import type { BarsPlot, GapPlot, RadarPlot } from './gap-plot.js';
import { svgText } from './svg-text.js';

/** The drawing's content; the skill at `active` (its position, -1 for none) is marked as shown. */
export function gapDrawing(plot: GapPlot, active: number): SVGTemplateResult {
  return plot.kind === 'radar' ? radarDrawing(plot, active) : barsDrawing(plot, active);
}

/** The hatching of a shortfall: defined once per drawing, and reached by id from the legend's swatch too. */
export const hatchPattern = svg`<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
  <path class="hatch" d="M0 0V6"></path>
</pattern>`;

function radarDrawing({ layout }: RadarPlot, active: number): SVGTemplateResult {
  const { centre } = layout;
  return svg`
    <g class="grid">
      ${layout.rings.map((r) => svg`<circle cx=${centre.x} cy=${centre.y} r=${r}></circle>`)}
      ${layout.spokes.map(({ end }) => svg`<path d="M${centre.x} ${centre.y}L${end.x} ${end.y}"></path>`)}
    </g>
    ${layout.rings.map((r, i) => svg`<text class="tick" x=${centre.x + 4} y=${centre.y - r + 12}>${i + 1}</text>`)}
    <path class="required" d=${layout.required.path}></path>
    ${loosePoints(layout.required).map((point) => svg`<path class="required-marker" d=${markerPath(3, point, 4)}></path>`)}
    ${layout.series.map(
      (outline, s) => svg`<g class="series s${s % 4}">
        <path class=${s === 0 && outline.path.endsWith('Z') ? 'area' : ''} d=${outline.path}></path>
        ${outline.points.map((point) => (point ? svg`<path class="marker" d=${markerPath(s, point)}></path>` : nothing))}
      </g>`,
    )}
    ${layout.spokes.map(({ label }, i) => svgText(label, i === active ? 'label active' : 'label'))}`;
}

function barsDrawing({ layout, paths, notes, missing }: BarsPlot, active: number): SVGTemplateResult {
  const { axis, rows } = layout;
  const band = rows[active]?.box;
  // Only the skill shown has a band; each kind of shape is one path, and each row adds only its words.
  // Layered as in a row: band, label, bars, shortfall, requirement, note.
  return svg`
    <g class="grid">
      ${layout.ticks.map((tick) => svg`<path d="M${tick.x} ${axis.top}V${axis.bottom}"></path>`)}
      <path class="axis" d="M${axis.x} ${axis.top}V${axis.bottom}"></path>
    </g>
    ${layout.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${layout.tickY} text-anchor="middle">${tick.level}</text>`)}
    ${band ? svg`<rect class="band" x=${band.x} y=${band.y} width=${band.width} height=${band.height}></rect>` : nothing}
    ${rows.map((row) => svgText(row.label, 'label'))}
    ${paths.bars.map((d, s) => svg`<path class="bar s${s % 4}" d=${d}></path>`)}
    ${rows.flatMap((row, i) =>
      missing[i]!.flatMap((why, s) =>
        why === undefined ? [] : [svg`<text class="missing" x=${axis.x + 4} y=${row.slots[s]! + 8}>${why}</text>`],
      ),
    )}
    <path class="gap" fill="url(#hatch)" d=${paths.gaps}></path>
    <path class="required" d=${paths.required}></path>
    <path class="required-marker" d=${paths.requiredMarkers}></path>
    ${rows.map((row, i) => (notes[i] === undefined ? nothing : svg`<text class="note" x=${row.note.x} y=${row.note.y}>${notes[i]}</text>`))}`;
}

const swatch = (content: SVGTemplateResult): TemplateResult =>
  html`<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">${content}</svg>`;

/** The legend's sample of the role's needs. */
export const requiredSwatch = (): TemplateResult => swatch(svg`<path class="required" d="M2 7H26"></path>`);

/** The legend's sample of a series: its line and marker on a radar, its bar in bars. */
export const seriesSwatch = (s: number, kind: GapPlot['kind']): TemplateResult =>
  swatch(
    kind === 'radar'
      ? svg`<g class="series s${s % 4}"><path d="M2 7H26"></path><path class="marker" d=${markerPath(s, { x: 14, y: 7 })}></path></g>`
      : svg`<rect class="bar s${s % 4}" x="2" y="3" width="24" height="8"></rect>`,
  );

/** The legend's sample of a shortfall, hatched with the drawing's pattern (an id reaches across the SVGs of one shadow root). */
export const gapSwatch = (): TemplateResult => swatch(svg`<rect class="gap" fill="url(#hatch)" x="2" y="3" width="24" height="8"></rect>`);
