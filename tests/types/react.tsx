// A React 19 host: the elements in JSX, typed by `career-framework-elements/react`.
import type { CfGapChartProps } from 'career-framework-elements/react';
import type { CfGapChart, CfJourneyMap, Framework, RoleSelectEvent } from 'career-framework-elements';
import { useRef, type JSX } from 'react';

declare const framework: Framework;

export function Page(): JSX.Element {
  const chart = useRef<CfGapChart>(null);
  const onRoleSelect = (event: RoleSelectEvent) => console.log(event.role.id, event.kind);
  return (
    <main>
      <cf-framework src="/framework.json" oncf-framework-load={(event) => console.log(event.framework.id)}>
        <cf-gap-chart
          ref={chart}
          roleId="analyst"
          variant="radar"
          headingLevel={3}
          class="wide"
          oncf-view-change={(event) => event.value}
        />
        <cf-gap-chart role-id="analyst" heading-level={2} className="wide" slot="main" key="server" />
        <cf-gap-chart role-id="analyst" heading-level="2" />
        <cf-journey-map from="analyst" inferred oncf-role-select={onRoleSelect} />
        <cf-role-profile roleId="analyst" oncf-role-select={(event) => event.preventDefault()} />
        <cf-self-assessment name="answers" required oninput={(event) => event.type} oncf-draft-restore={(event) => event.savedAt} />
        <cf-level-ladder framework={framework} skill="sk1" collapsible />
        <cf-team-heatmap view="people" minGroupSize={5} />
        <cf-development-plan roleId={null} readonly />
      </cf-framework>

      {/* @ts-expect-error: headingLevel is a number */}
      <cf-gap-chart headingLevel="3" />
      {/* @ts-expect-error: the heading-level attribute is a number's digits */}
      <cf-gap-chart heading-level="three" />
      {/* @ts-expect-error: no such property: the ladder has no role */}
      <cf-level-ladder roleId="analyst" />
      {/* @ts-expect-error: a view change is not a role select */}
      <cf-journey-map oncf-role-select={(event: { view: string }) => event.view} />
      {/* @ts-expect-error: status is read-only, not a prop */}
      <cf-framework status="ready" />
      {/* @ts-expect-error: not a view of the heatmap */}
      <cf-team-heatmap view="pie" />
      {/* @ts-expect-error: the ref is a journey map's, not a gap chart's */}
      <cf-journey-map ref={chart} />
    </main>
  );
}

// JSX does not check an attribute with a dash in its name that the element does not have (`oncf-role-select` on
// a gap chart passes): the props type does not have it.
// @ts-expect-error: the gap chart fires no cf-role-select
export type NoRoleSelect = CfGapChartProps['oncf-role-select'];

export const mapRef = (element: CfJourneyMap | null) => element?.updateComplete;
