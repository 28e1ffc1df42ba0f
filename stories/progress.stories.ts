import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { parseAssessment } from '../src/core/parse.js';
import type { Assessment } from '../src/core/schema/assessment.js';
import historyFixture from '../tests/fixtures/assessments/des-hr-history.json';
import { fixtures } from './fixtures.js';

/** An invented person's self-assessments over eighteen months, one against an earlier framework version, one undated. */
const history: Assessment[] = historyFixture.history.map((input, i) => {
  const result = parseAssessment(input);
  if (!result.ok) throw new Error(`history fixture ${i} is invalid`);
  return result.value;
});

const examples = {
  history,
  'two-dates': history.slice(2, 4),
  'one-only': history.slice(3, 4),
  none: [],
};

type Args = {
  'role-id': string;
  /** Story only: which assessments. */
  example: keyof typeof examples;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-progress',
  component: 'cf-progress',
  tags: ['autodocs'],
  args: { 'role-id': 'hr-business-partner', example: 'history' },
  argTypes: { example: { control: 'inline-radio', options: Object.keys(examples) } },
  render: (args) =>
    html`<cf-progress
      .framework=${fixtures.desHr}
      .assessments=${examples[args.example]}
      role-id=${args['role-id'] || nothing}
    ></cf-progress>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Eighteen months against a role: each skill at each date, the trend in words, what changed since last time. */
export const OverTime: Story = {};

/** Every skill ever rated, with no role: a skill the framework no longer has is kept apart. */
export const EverySkill: Story = { args: { 'role-id': '' } };

/** Two assessments: since last time, with no longer history. */
export const TwoDates: Story = { args: { example: 'two-dates' } };

/** One assessment: no trend yet, and it says so. */
export const OneAssessment: Story = { args: { example: 'one-only' } };

/** No assessments yet. */
export const NothingYet: Story = { args: { example: 'none' } };

/** Printed: the tables, no buttons. */
export const Print: Story = { tags: ['print'] };

/** Forced colours: the lines keep their contrast. */
export const ForcedColors: Story = { tags: ['forced-colors'] };
