import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { GapSeriesInput } from '../src/elements/gap-chart/gap-chart.js';
import { analysisHeadSelf, hrEarlier, hrManager, hrSelf, rseSelf } from './assessments.js';
import { fixtures } from './fixtures.js';

type Args = {
  framework: keyof typeof fixtures;
  'role-id': string;
  variant: 'auto' | 'radar' | 'bars';
  view: 'chart' | 'table';
  assessments: GapSeriesInput[];
  /** The skill whose levels are shown; a person's choice fires cf-view-change. */
  skill?: string;
  /** Story only: the width of the page region, in CSS pixels. */
  width?: number;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-gap-chart',
  component: 'cf-gap-chart',
  tags: ['autodocs'],
  args: { framework: 'desHr', 'role-id': 'hr-business-partner', variant: 'auto', view: 'chart', assessments: [hrSelf] },
  argTypes: {
    framework: { control: 'select', options: Object.keys(fixtures) },
    variant: { control: 'inline-radio', options: ['auto', 'radar', 'bars'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
  },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}px` : nothing}>
      <cf-gap-chart
        .framework=${fixtures[args.framework]}
        role-id=${args['role-id']}
        variant=${args.variant}
        view=${args.view}
        skill=${args.skill ?? nothing}
        .assessments=${args.assessments}
      ></cf-gap-chart>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A self-rating against a role's eight skills: a radar, with the summary and (for assistive technology) the table. */
export const Radar: Story = {};

/** The self-rating, the line manager's and an earlier one: each series has its own line style and marker. */
export const SeveralSeries: Story = { args: { 'role-id': 'senior-hr-business-partner', assessments: [hrSelf, hrManager, hrEarlier] } };

/** Bars: one row per skill, the requirement as a dashed marker, the shortfall hatched and in words. */
export const Bars: Story = { args: { 'role-id': 'senior-hr-business-partner', variant: 'bars', assessments: [hrSelf, hrManager] } };

/** DIRECT: a promotion to senior research software engineer, as bars; series named by the host. */
export const NamedSeries: Story = {
  args: {
    framework: 'direct',
    'role-id': 'senior-research-software-engineer',
    variant: 'bars',
    assessments: [{ label: 'Alex (self)', assessment: rseSelf }],
  },
};

/** The table on its own: each skill's name opens its levels. */
export const TableView: Story = { args: { view: 'table', assessments: [hrSelf, hrManager] } };

/** Nothing rated yet: the chart shows what the role needs. */
export const NotRatedYet: Story = { args: { 'role-id': 'hr-adviser', assessments: [] } };

/** At 320 CSS pixels the table takes over from the drawing. */
export const Narrow: Story = { args: { width: 320, assessments: [hrSelf, hrManager] } };

/** Windows high contrast (forced colours): series told apart by line style, marker and fill, not colour. */
export const ForcedColors: Story = {
  args: { 'role-id': 'senior-hr-business-partner', assessments: [hrSelf, hrManager, hrEarlier] },
  tags: ['forced-colors'],
};

/** Forced colours, bars. */
export const ForcedColorsBars: Story = { args: { variant: 'bars', assessments: [hrSelf, hrManager] }, tags: ['forced-colors'] };

/** Printed: the table joins the drawing on paper, and nothing interactive is left. */
export const Print: Story = { args: { assessments: [hrSelf, hrManager] }, tags: ['print'] };

/**
 * A role that names skills without stating a level (a head of profession in the Senior Civil Service): those
 * skills say "No level stated" under their names, in the table and in the summary, and the role's outline is
 * left open at their spokes: nothing is drawn as zero or as met.
 */
export const NoLevelStated: Story = {
  args: { framework: 'careers', 'role-id': 'head-of-analysis-profession', variant: 'radar', assessments: [analysisHeadSelf] },
};

/** The same as bars: no requirement marker and no shortfall for a skill with no level stated, and the words say why. */
export const NoLevelStatedBars: Story = {
  args: { framework: 'careers', 'role-id': 'head-of-analysis-profession', variant: 'bars', assessments: [analysisHeadSelf] },
};

/** An unknown role gives a message, never a blank. */
export const UnknownRole: Story = { args: { 'role-id': 'astronaut' } };

/** A skill's levels open, as a host sets them back from a saved `cf-view-change`. */
export const ChosenSkill: Story = { args: { skill: 'employee-relations', assessments: [hrSelf, hrManager] } };
