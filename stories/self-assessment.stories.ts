import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Assessment } from '../src/core/schema/assessment.js';
import type { CfSelfAssessment } from '../src/elements/self-assessment/self-assessment.js';
import { hrSelf } from './assessments.js';
import { fixtures } from './fixtures.js';

type Args = {
  framework: keyof typeof fixtures;
  'role-id'?: string;
  skills?: string;
  rater?: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  'autosave-key'?: string;
  reference?: Assessment;
  assessment?: Assessment;
  earlierVersions?: unknown[];
  /** Story only: calls reportValidity() once rendered, to show the errors. */
  showErrors?: boolean;
  /** Story only: the width of the page region, in CSS pixels. */
  width?: number;
};

const sample = fixtures.sample;
const answers = (ratings: Assessment['ratings'], extra: Partial<Assessment> = {}): Assessment => ({
  schemaVersion: 1,
  framework: { id: sample.id, version: sample.version },
  rater: 'self',
  status: 'draft',
  ratings,
  ...extra,
});

const selfRating = answers({
  'data-analysis': { level: 'practitioner', evidence: 'Built the regional model and trained two colleagues to run it.' },
  'data-governance': { level: 'working' },
  'communicating-insight': { level: 'expert', evidence: 'Presented the findings to the board.' },
});

const reportWhenReady = (element?: Element) => {
  const form = element as CfSelfAssessment | undefined;
  void form?.updateComplete.then(() => form.reportValidity());
};

const meta: Meta<Args> = {
  title: 'Elements/cf-self-assessment',
  component: 'cf-self-assessment',
  tags: ['autodocs'],
  args: { framework: 'sample', required: false, disabled: false, readonly: false },
  argTypes: { framework: { control: 'select', options: Object.keys(fixtures) } },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}px` : nothing}>
      <cf-self-assessment
        .framework=${fixtures[args.framework]}
        role-id=${args['role-id'] ?? nothing}
        skills=${args.skills ?? nothing}
        rater=${args.rater ?? nothing}
        autosave-key=${args['autosave-key'] ?? nothing}
        ?required=${args.required}
        ?disabled=${args.disabled}
        ?readonly=${args.readonly}
        .reference=${args.reference}
        .assessment=${args.assessment}
        .earlierVersions=${args.earlierVersions}
        ${args.showErrors ? ref(reportWhenReady) : nothing}
      ></cf-self-assessment>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every skill, grouped by category, with "not applicable" and "not observed" where the framework allows them. */
export const AllSkills: Story = {};

/** Limited to a role level's requirements, with the level each one needs. */
export const ForARole: Story = { args: { 'role-id': 'data-analyst-senior' } };

/** A role that names skills without stating a level (Senior Civil Service): their need reads "no level stated". */
export const ForARoleWithoutLevels: Story = { args: { framework: 'careers', 'role-id': 'head-of-analysis-profession' } };

/** A line manager rating a team member, with the person's own rating beside each skill. */
export const ManagerWithSelfRating: Story = { args: { rater: 'manager', 'role-id': 'data-analyst', reference: selfRating } };

/** Required, after an attempt to submit: the error summary links to each skill, with the same words inline. */
export const ErrorsShown: Story = {
  args: { 'role-id': 'data-analyst', required: true, showErrors: true, assessment: answers({ 'data-analysis': { level: 'working' } }) },
};

/** A submitted assessment shown as a summary, with no inputs. */
export const ReadOnly: Story = { args: { readonly: true, 'role-id': 'data-analyst', assessment: { ...selfRating, status: 'submitted' } } };

/** Disabled, as inside a disabled fieldset: nothing can change and nothing is submitted. */
export const Disabled: Story = { args: { disabled: true, assessment: selfRating } };

/** A rating kept from an earlier framework version, for a skill this version does not have. */
export const UnmatchedRating: Story = {
  args: {
    assessment: answers({
      'data-visualisation': { level: 'expert', evidence: 'From the 2025 framework.' },
      'data-analysis': { level: 'working' },
    }),
  },
};

/**
 * Answers made against DE&S HR 1.0.0, opened with version 2.0.0 and the earlier version given: carried
 * across, with the ratings to look at again listed above the form and explained in each skill.
 */
export const AnswersFromAnEarlierVersion: Story = { args: { framework: 'desHr2', earlierVersions: [fixtures.desHr], assessment: hrSelf } };

/** The DE&S HR framework: nine skills on a five-level scale. */
export const DesHr: Story = { args: { framework: 'desHr' } };

/** At 320 CSS pixels wide (WCAG reflow): everything stacks, nothing scrolls sideways. */
export const Narrow: Story = { args: { width: 320, 'role-id': 'data-analyst' } };

/** With autosave: answers are kept in this browser and restored when the story is opened again. */
export const Autosave: Story = { args: { 'autosave-key': 'storybook-demo' } };
