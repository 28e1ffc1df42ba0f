import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtures } from './fixtures.js';

type Args = {
  skill: string;
  current?: string;
  target?: string;
  compare?: string;
  collapsible: boolean;
  'heading-level': number;
  framework: keyof typeof fixtures;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-level-ladder',
  component: 'cf-level-ladder',
  tags: ['autodocs'],
  args: { framework: 'desHr', skill: 'talent-management', collapsible: false, 'heading-level': 2 },
  argTypes: { framework: { control: 'select', options: Object.keys(fixtures) } },
  render: (args) =>
    html`<cf-level-ladder
      .framework=${fixtures[args.framework]}
      skill=${args.skill}
      current=${args.current ?? nothing}
      target=${args.target ?? nothing}
      compare=${args.compare ?? nothing}
      ?collapsible=${args.collapsible}
      heading-level=${args['heading-level']}
    ></cf-level-ladder>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All five DE&S levels of one skill, each with its descriptors. */
export const Levels: Story = {};

/** The person's current and target levels, marked in text as well as by border style and colour. */
export const CurrentAndTarget: Story = { args: { skill: 'resourcing', current: 'practitioner', target: 'expert' } };

/** A level that does not exist for a skill is shown as not applicable, not left out. */
export const NotApplicableLevel: Story = { args: { skill: 'business-facing-hr', current: 'expert' } };

/** What the higher of the current level and another one adds. */
export const CompareLevels: Story = { args: { skill: 'resourcing', current: 'practitioner', compare: 'expert' } };

/** Shared descriptors between two levels are listed apart from the new ones (bilingual sample). */
export const CompareWithSharedDescriptors: Story = {
  args: { framework: 'sample', skill: 'data-analysis', current: 'awareness', compare: 'working' },
};

/** Descriptors behind disclosures; the current and target levels start open. Keyboard: Tab, Enter, Space. */
export const Collapsible: Story = {
  args: { skill: 'learning-and-development', current: 'supervised-practitioner', target: 'practitioner', collapsible: true },
};

/** A framework with localised text: switch the toolbar language to Cymraeg to see the Welsh. */
export const Bilingual: Story = { args: { framework: 'sample', skill: 'data-governance', current: 'working', target: 'practitioner' } };

/** DIRECT has no skill-specific descriptors: each level shows the scale's general description. */
export const GeneralLevelDescriptions: Story = { args: { framework: 'direct', skill: 'data-acquisition', current: 'working' } };

/** An unknown skill id gives a message, never a blank. */
export const UnknownSkill: Story = { args: { skill: 'juggling' } };

/** Themed through public custom properties only. */
export const Themed: Story = {
  args: { skill: 'employee-relations', current: 'practitioner', target: 'expert' },
  render: (args, context) =>
    html`<div
      style="--cf-font-family: Georgia, serif; --cf-color-accent: #4c2c92; --cf-color-success: #005a30; --cf-radius: 6px; --cf-color-border: #626a6e;"
    >
      ${meta.render!(args, context)}
    </div>`,
};
