import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { hrTeam, operationsTeam } from './assessments.js';
import { fixtures } from './fixtures.js';

type Args = {
  'role-id': string;
  view: 'people' | 'aggregate';
  sort: 'skill' | 'gap' | 'person';
  'min-group-size': number;
  /** The views offered: `people aggregate` (both) or `aggregate` (counts only). */
  views: string;
  /** Story only: how many people (the team of twelve repeated). */
  size: number;
  /** Story only: the DE&S HR team of twelve, or a team of six operations leaders (public service careers). */
  team?: 'hr' | 'operations';
};

const meta: Meta<Args> = {
  title: 'Elements/cf-team-heatmap',
  component: 'cf-team-heatmap',
  tags: ['autodocs'],
  args: { 'role-id': 'hr-business-partner', view: 'people', sort: 'skill', 'min-group-size': 5, views: 'people aggregate', size: 12 },
  argTypes: {
    view: { control: 'inline-radio', options: ['people', 'aggregate'] },
    sort: { control: 'inline-radio', options: ['skill', 'gap', 'person'] },
  },
  render: (args) => {
    const [team, framework] = args.team === 'operations' ? [operationsTeam, fixtures.careers] : [hrTeam, fixtures.desHr];
    const assessments = Array.from({ length: args.size }, (_, i) => team.assessments[i % team.assessments.length]!);
    const people = Array.from({ length: args.size }, (_, i) =>
      i < team.people.length ? team.people[i]! : `${team.people[i % team.people.length]} (${Math.floor(i / team.people.length) + 1})`,
    );
    return html`<cf-team-heatmap
      .framework=${framework}
      .assessments=${assessments}
      .people=${people}
      role-id=${args['role-id']}
      view=${args.view}
      sort=${args.sort}
      min-group-size=${args['min-group-size']}
      views=${args.views}
    ></cf-team-heatmap>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A manager's team of twelve against the role they hold. */
export const SmallTeam: Story = {};

/** Largest gaps first: the people and skills that most need attention lead. */
export const LargestGapsFirst: Story = { args: { sort: 'gap' } };

/** Counts per level, for HR: no one is named. */
export const Aggregate: Story = { args: { view: 'aggregate' } };

/** For HR: the counts alone, with no way to the people view. */
export const CountsOnly: Story = { args: { views: 'aggregate' } };

/** Counts for a group of four are hidden, and the view says why. */
export const SuppressedAggregate: Story = { args: { view: 'aggregate', size: 4 } };

/** Five hundred people: only the rows in view are drawn, as the table scrolls; "Show the whole table" draws them all. */
export const LargeTeam: Story = { args: { size: 500 } };

/**
 * A role that names its skills without stating a level (a chief operating officer, Senior Civil Service):
 * each of those columns says "needed, no level stated", and each cell gives the level with no gap; nobody
 * is counted below or meeting a level nobody stated.
 */
export const NoLevelStated: Story = { args: { team: 'operations', 'role-id': 'chief-operating-officer', size: 6 } };

/** The same in counts: "No level stated" where the count below the need would be. */
export const NoLevelStatedCounts: Story = {
  args: { team: 'operations', 'role-id': 'chief-operating-officer', size: 6, view: 'aggregate' },
};

/** Printed: the controls go, the table is shown whole. */
export const Print: Story = { tags: ['print'] };

/** Forced colours: cells below the need are underlined twice instead of hatched. */
export const ForcedColors: Story = { args: { sort: 'gap' }, tags: ['forced-colors'] };
