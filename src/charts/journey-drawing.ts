// The journey map's drawing as a Lit template, from a layout and the words already chosen: no state,
// no messages. It is hidden from assistive technology: the roles' buttons and the list say it all.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { moveKey } from '../core/analysis/journey.js';
import type { JourneyLayout, JourneyNode } from './journey-layout.js';
import { svgText } from './svg-text.js';

/** The words a map shows, in the page's language. */
export interface JourneyWords {
  /** Per column, its family's name. */
  readonly columns: readonly string[];
  /** Per row, what it is called (rows apart are titled by `apart` instead). */
  readonly rows: readonly string[];
  /** The title of the band of roles apart. */
  readonly apart: string;
}

/** How a role is marked on the map. */
export interface NodeMarks {
  readonly here: boolean;
  readonly target: boolean;
  readonly onRoute: boolean;
  readonly selected: boolean;
  /** The line under the name, if any. */
  readonly tag?: string;
}

/** The map: family and level titles, the moves (those of `route` marked), and the roles as `marks` says. */
export function journeyDrawing(
  layout: JourneyLayout,
  words: JourneyWords,
  route: ReadonlySet<string>,
  marks: (node: JourneyNode) => NodeMarks,
): TemplateResult {
  return html`<svg aria-hidden="true" width="100%" height="100%" viewBox="0 0 ${layout.width} ${layout.height}">
    <defs>
      <marker
        id="arrow"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="9"
        markerHeight="9"
        markerUnits="userSpaceOnUse"
        orient="auto-start-reverse"
      >
        <path class="head" d="M0 0L10 5L0 10Z"></path>
      </marker>
    </defs>
    ${layout.columns.map((column, i) => svg`<text class="family" x=${column.x} y=${layout.titleY}>${words.columns[i]}</text>`)}
    ${layout.rows.map((row, i) => (row.apart ? nothing : svg`<text class="grade" x="4" y=${row.y + 30}>${words.rows[i]}</text>`))}
    ${
      layout.apart
        ? svg`<text class="band" x="4" y=${layout.apart.titleY}>${words.apart}</text>
          ${layout.apart.ruleY === undefined ? nothing : svg`<path class="band-rule" d="M4 ${layout.apart.ruleY}H${layout.width - 4}"></path>`}`
        : nothing
    }
    ${layout.edges.map(
      (edge) =>
        svg`<path class="move ${edge.kind} ${edge.source === 'overlap' ? 'overlap' : ''} ${route.has(moveKey(edge)) ? 'on-route' : ''}" d=${edge.path} marker-end="url(#arrow)"></path>`,
    )}
    ${layout.nodes.map((node) => roleNode(node, marks(node)))}
  </svg>`;
}

function roleNode(node: JourneyNode, { here, target, onRoute, selected, tag }: NodeMarks): SVGTemplateResult {
  const classes = ['role', here ? 'here' : '', target ? 'target-role' : '', onRoute ? 'on-route' : '', selected ? 'selected' : ''].join(
    ' ',
  );
  const x = node.x + 10;
  return svg`<g class=${classes}>
    <rect x=${node.x} y=${node.y} width=${node.width} height=${node.height} rx="4"></rect>
    ${svgText({ lines: node.lines, x, y: node.y + (tag ? 18 : 22) })}
    ${tag ? svg`<text class="tag" x=${x} y=${node.y + node.height - 7}>${tag}</text>` : nothing}
  </g>`;
}

/** The legend's sample of a kind of move. */
export const moveSwatch = (kind: string): TemplateResult =>
  html`<svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true"><path class="move ${kind}" d="M2 6H34"></path></svg>`;
