import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Assessment } from '../src/core/schema/assessment.js';
import { hrManager, hrSelf } from './assessments.js';
import { fixtures } from './fixtures.js';

/** An invented peer's rating of the same person, for a three-way conversation. */
const hrPeer: Assessment = {
  ...hrManager,
  rater: 'peer',
  ratings: { 'business-facing-hr': { level: 'practitioner' }, 'employee-relations': { level: 'practitioner' } },
};

/** An agreement under way: two levels agreed, one with a note. */
const underWay: Assessment = {
  ...hrSelf,
  rater: 'agreed',
  status: 'draft',
  ratings: {
    'business-facing-hr': { level: 'supervised-practitioner', note: 'Lead the restructure consultation in spring to reach practitioner.' },
    'employee-wellbeing-and-engagement': { level: 'practitioner' },
  },
  updatedAt: '2026-12-01T10:30:00Z',
  agreement: {
    at: '2026-12-01T10:30:00Z',
    by: [{ name: 'Alex Jones' }, { name: 'Sam Patel' }],
    from: [
      { rater: 'self', label: 'Alex', at: '2026-11-20T10:00:00Z' },
      { rater: 'manager', label: 'Sam' },
    ],
  },
};

const examples = {
  pair: [
    { label: 'Alex', assessment: hrSelf },
    { label: 'Sam', assessment: hrManager },
  ],
  'three-way': [
    { label: 'Alex', assessment: hrSelf },
    { label: 'Sam', assessment: hrManager },
    { label: 'Jo (peer)', assessment: hrPeer },
  ],
  'one-only': [{ label: 'Alex', assessment: hrSelf }],
};

type Args = {
  'role-id': string;
  'only-differences': boolean;
  'only-role': boolean;
  readonly: boolean;
  required: boolean;
  /** Story only: the assessments on the table, and whether an agreement is under way. */
  example: keyof typeof examples;
  started: boolean;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-calibration',
  component: 'cf-calibration',
  tags: ['autodocs'],
  args: {
    'role-id': 'hr-business-partner',
    'only-differences': false,
    'only-role': false,
    readonly: false,
    required: false,
    example: 'pair',
    started: false,
  },
  argTypes: { example: { control: 'inline-radio', options: Object.keys(examples) } },
  render: (args) =>
    html`<cf-calibration
      .framework=${fixtures.desHr}
      .assessments=${examples[args.example]}
      .assessment=${args.started ? underWay : undefined}
      .agreedBy=${[{ name: 'Alex Jones' }, { name: 'Sam Patel' }]}
      role-id=${args['role-id']}
      ?only-differences=${args['only-differences']}
      ?only-role=${args['only-role']}
      ?readonly=${args.readonly}
      ?required=${args.required}
    ></cf-calibration>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A person's own rating and their manager's, side by side before anything is agreed. */
export const SideBySide: Story = {};

/** Under way: two levels agreed, one with a note. */
export const UnderWay: Story = { args: { started: true } };

/** Only the skills where the two differ, or one has not rated. */
export const OnlyDifferences: Story = { args: { 'only-differences': true } };

/** Only the skills the role needs. */
export const OnlyTheRole: Story = { args: { 'only-role': true } };

/** A peer's rating as well: the three are measured from the lowest level to the highest. */
export const ThreeWay: Story = { args: { example: 'three-way' } };

/** One assessment only: it asks for a second. */
export const OneAssessment: Story = { args: { example: 'one-only' } };

/** The record of the conversation, read-only: who, when, each rating, the agreed levels and notes. */
export const Record: Story = { args: { readonly: true, started: true } };

/** Printed: the record, no controls. */
export const Print: Story = { args: { started: true }, tags: ['print'] };

/** Forced colours: problems and notices keep their borders. */
export const ForcedColors: Story = { args: { started: true }, tags: ['forced-colors'] };
