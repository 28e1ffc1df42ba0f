import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { analysisHeadSelf, hrPlan, hrSelf, rseSelf } from './assessments.js';
import { fixtures } from './fixtures.js';

type Args = {
  'role-id': string;
  readonly: boolean;
  /** Story only: which framework, assessment and plan. */
  example: 'hr' | 'hr-next-version' | 'hr-blank' | 'research' | 'head-of-profession';
};

const examples = {
  hr: { framework: fixtures.desHr, assessment: hrSelf, plan: hrPlan },
  // The same plan and answers, made against 1.0.0, opened with version 2.0.0 and the earlier version given.
  'hr-next-version': { framework: fixtures.desHr2, assessment: hrSelf, plan: hrPlan, earlierVersions: [fixtures.desHr] },
  'hr-blank': { framework: fixtures.desHr, assessment: hrSelf, plan: undefined },
  research: { framework: fixtures.direct, assessment: rseSelf, plan: undefined },
  'head-of-profession': { framework: fixtures.careers, assessment: analysisHeadSelf, plan: undefined },
};

const meta: Meta<Args> = {
  title: 'Elements/cf-development-plan',
  component: 'cf-development-plan',
  tags: ['autodocs'],
  args: { 'role-id': 'hr-business-partner', readonly: false, example: 'hr' },
  argTypes: { example: { control: 'inline-radio', options: Object.keys(examples) } },
  render: (args) => {
    const { framework, assessment, plan, earlierVersions } = { earlierVersions: undefined, ...examples[args.example] };
    return html`<cf-development-plan
      .framework=${framework}
      .assessment=${assessment}
      .plan=${plan}
      .earlierVersions=${earlierVersions}
      role-id=${args['role-id']}
      ?readonly=${args.readonly}
    ></cf-development-plan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A plan under way: actions for two gaps, one done, one for a skill that is no longer a gap. */
export const UnderWay: Story = {};

/** A new plan: the gaps, what good looks like at the next level, and no actions yet. */
export const NewPlan: Story = { args: { example: 'hr-blank' } };

/** A framework with a learning curriculum (DIRECT): each step lists its learning. */
export const WithLearning: Story = { args: { example: 'research', 'role-id': 'research-software-engineer' } };

/**
 * Towards a head of profession that names three skills without stating a level: they are not steps, as
 * there is no level to reach, and the plan says so under its summary.
 */
export const NoLevelStated: Story = { args: { example: 'head-of-profession', 'role-id': 'head-of-analysis-profession' } };

/** For a manager reading the plan: the actions as text, no inputs. */
export const ReadOnly: Story = { args: { readonly: true } };

/** A plan made against DE&S HR 1.0.0, opened with 2.0.0: carried across, with what changed for it said above. */
export const FromAnEarlierVersion: Story = { args: { example: 'hr-next-version', 'role-id': 'hr-business-partner' } };

/** Printed: the plan's words on paper, no controls, each step kept on one page. */
export const Print: Story = { tags: ['print'] };

/** Forced colours: essential steps and warnings keep their borders. */
export const ForcedColors: Story = { tags: ['forced-colors'] };
