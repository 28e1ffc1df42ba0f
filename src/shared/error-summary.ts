import { html, type TemplateResult } from 'lit';
import { FIELD_ID_PREFIX } from './skill-controls.js';
import type { Problem } from './validity-controller.js';

/**
 * The GOV.UK error summary of a form element: each problem links to its field (the click is the
 * element's, to reach into the shadow root, where a fragment link cannot).
 */
export function renderErrorSummary(title: string, problems: readonly Problem[], onClick: (event: Event) => void): TemplateResult {
  return html`<div part="error-summary" class="error-summary" role="alert">
    <h2 class="error-summary-title">${title}</h2>
    <ul @click=${onClick}>
      ${problems.map(
        (problem) =>
          html`<li>
            <a href="#${FIELD_ID_PREFIX[problem.field]}${problem.skill}" data-skill=${problem.skill} data-field=${problem.field}
              >${problem.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
