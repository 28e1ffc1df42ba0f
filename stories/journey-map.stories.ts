import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtures } from './fixtures.js';

type Args = {
  framework: keyof typeof fixtures;
  from?: string;
  to?: string;
  family?: string;
  view: 'map' | 'list';
  inferred: boolean;
  /** Story only: the width of the page region, in CSS pixels. */
  width?: number;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-journey-map',
  component: 'cf-journey-map',
  tags: ['autodocs'],
  args: { framework: 'careers', view: 'map', inferred: false },
  argTypes: {
    framework: { control: 'select', options: Object.keys(fixtures) },
    view: { control: 'inline-radio', options: ['map', 'list'] },
  },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}px` : nothing}>
      <cf-journey-map
        .framework=${fixtures[args.framework]}
        from=${args.from ?? nothing}
        to=${args.to ?? nothing}
        family=${args.family ?? nothing}
        view=${args.view}
        ?inferred=${args.inferred}
      ></cf-journey-map>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Four professions by grade, with moves up (solid), sideways (dashed) and across professions (dotted). A
 * Senior Civil Service role that no move reaches sits in a band of its own above the levels, as the map
 * cannot tell its level.
 */
export const Map: Story = {};

/**
 * A route to a head of profession that names three of its skills without stating a level: the step lists
 * them as "skills named without a level", apart from the skills to develop.
 */
export const NoLevelStated: Story = { args: { from: 'principal-analyst', to: 'head-of-analysis-profession' } };

/** The list, the map's equal: the role no move reaches follows its family's levels under the band's title, with its type. */
export const NoLevelStatedList: Story = { args: { view: 'list', from: 'head-of-analysis', to: 'head-of-analysis-profession' } };

/** From the person's role to a target: the route as steps with the skills to develop, marked on the map. */
export const Route: Story = { args: { from: 'team-leader', to: 'head-of-policy' } };

/** The list: every role by family and level, and where it leads. The map's equal, and its layout on narrow pages. */
export const List: Story = { args: { view: 'list', from: 'analyst' } };

/** At 320 CSS pixels the list takes over. */
export const Narrow: Story = { args: { width: 320, from: 'analyst', to: 'senior-policy-adviser' } };

/** Two families only: `family` takes ids separated by spaces. */
export const Families: Story = { args: { family: 'policy analysis', from: 'senior-analyst' } };

/** Moves suggested by shared skills, shown apart from the framework's own. */
export const Inferred: Story = { args: { framework: 'desHr', inferred: true } };

/** No route to a role that cannot be reached from here. */
export const NoRoute: Story = { args: { from: 'head-of-policy', to: 'administrative-officer' } };

/** DE&S (illustrative roles) and DIRECT (illustrative roles). */
export const DesHr: Story = { args: { framework: 'desHr', from: 'hr-adviser', to: 'senior-hr-business-partner' } };
export const Direct: Story = { args: { framework: 'direct', from: 'research-data-steward', to: 'senior-research-software-engineer' } };

/** Forced colours (Windows high contrast): moves told apart by line style, the route by width. */
export const ForcedColors: Story = { args: { from: 'team-leader', to: 'head-of-policy' }, tags: ['forced-colors'] };
