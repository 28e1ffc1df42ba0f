// A Vue 3 host: the elements as GlobalComponents, typed by `career-framework-elements/vue`. Templates are checked
// by Vue's language tools from the same GlobalComponents; here, `h()` and the props they check against.
import type {} from 'career-framework-elements/vue';
import type { Framework, RoleSelectEvent } from 'career-framework-elements';
import { h, type GlobalComponents } from 'vue';

declare const framework: Framework;
declare const components: GlobalComponents;
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const chart = h(components['cf-gap-chart'], { roleId: 'analyst', headingLevel: 3, onCfViewChange: (event) => event.value });
export const map = h(components['cf-journey-map'], { from: 'analyst', onCfRoleSelect: (event: RoleSelectEvent) => event.role.id });
export const ladder = h(components['cf-level-ladder'], { framework, skill: 'sk1', class: 'wide', id: 'ladder' });
export const form: Props<'cf-self-assessment'> = { name: 'answers', required: true, onCfDraftRestore: (event) => event.savedAt };
export const heatmap: Props<'cf-team-heatmap'> = { view: 'people', minGroupSize: 5 };
export const loader: Props<'cf-framework'> = { src: '/framework.json', onCfFrameworkLoad: (event) => event.framework.id };

// A template's `heading-level="3"` reaches Vue's tools as headingLevel: '3', digits the element converts.
export const levelFromMarkup: Props<'cf-gap-chart'> = { headingLevel: '3' };
// @ts-expect-error: headingLevel is a number, or its digits
export const badLevel: Props<'cf-gap-chart'> = { headingLevel: 'three' };
// @ts-expect-error: the ladder has no role
export const badRole: Props<'cf-level-ladder'> = { roleId: 'analyst' };
// @ts-expect-error: the gap chart fires no cf-role-select
export const badEvent: Props<'cf-gap-chart'> = { onCfRoleSelect: () => undefined };
// @ts-expect-error: a view change is not a role select
export const badHandler: Props<'cf-journey-map'> = { onCfRoleSelect: (event: { view: string }) => event.view };
// @ts-expect-error: not a view of the heatmap
export const badView = h(components['cf-team-heatmap'], { view: 'pie' });
