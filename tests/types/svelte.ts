// A Svelte 5 host: the elements in `svelte/elements`' element map, which the Svelte language tools check markup
// against, typed by `career-framework-elements/svelte`. Here, the attributes markup is checked against.
import type {} from 'career-framework-elements/svelte';
import type { Framework, RoleSelectEvent } from 'career-framework-elements';
import type { SvelteHTMLElements } from 'svelte/elements';

declare const framework: Framework;
type Attributes<Tag extends keyof SvelteHTMLElements> = SvelteHTMLElements[Tag];

export const chart: Attributes<'cf-gap-chart'> = { roleId: 'analyst', headingLevel: 3, 'oncf-view-change': (event) => event.value };
export const served: Attributes<'cf-gap-chart'> = { 'role-id': 'analyst', 'heading-level': 2, class: 'wide', slot: 'main' };
export const written: Attributes<'cf-gap-chart'> = { 'heading-level': '2' };
export const map: Attributes<'cf-journey-map'> = { from: 'analyst', 'oncf-role-select': (event: RoleSelectEvent) => event.role.id };
export const ladder: Attributes<'cf-level-ladder'> = { framework, skill: 'sk1', collapsible: true };
export const form: Attributes<'cf-self-assessment'> = {
  name: 'answers',
  oninput: (event) => event.type,
  'oncf-draft-restore': (e) => e.savedAt,
};
export const heatmap: Attributes<'cf-team-heatmap'> = { view: 'people', 'min-group-size': 5 };
export const loader: Attributes<'cf-framework'> = { src: '/framework.json', 'oncf-framework-error': (event) => event.issues.length };

// @ts-expect-error: headingLevel is a number
export const badLevel: Attributes<'cf-gap-chart'> = { headingLevel: '3' };
// @ts-expect-error: the heading-level attribute is a number's digits
export const badAttribute: Attributes<'cf-gap-chart'> = { 'heading-level': 'three' };
// @ts-expect-error: the ladder has no role
export const badRole: Attributes<'cf-level-ladder'> = { roleId: 'analyst' };
// @ts-expect-error: the gap chart fires no cf-role-select
export const badEvent: Attributes<'cf-gap-chart'> = { 'oncf-role-select': () => undefined };
// @ts-expect-error: a view change is not a role select
export const badHandler: Attributes<'cf-journey-map'> = { 'oncf-role-select': (event: { view: string }) => event.view };
// @ts-expect-error: Svelte writes false as "false", which a boolean attribute reads as true: leave it out
export const badFalse: Attributes<'cf-self-assessment'> = { 'clear-on-submit': false };
// @ts-expect-error: not a view of the heatmap
export const badView: Attributes<'cf-team-heatmap'> = { view: 'pie' };
