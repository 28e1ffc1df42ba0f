import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtures, valid } from './fixtures.js';

/** The sample framework's next version: a skill renamed, in both languages. */
const sample2 = (() => {
  const next = structuredClone(fixtures.sample);
  next.skills[0]!.name = { en: 'Data analysis and insight', cy: 'Dadansoddi data a mewnwelediad' };
  return valid({ ...next, version: '2026.2' }, 'sample-bilingual, next version');
})();

const examples = {
  'des-hr 1.0.0 to 2.0.0': { framework: fixtures.desHr2, previous: fixtures.desHr as unknown },
  'nothing changed': { framework: fixtures.desHr, previous: fixtures.desHr as unknown },
  'no earlier version': { framework: fixtures.desHr2, previous: undefined },
  'earlier version not valid': { framework: fixtures.desHr2, previous: { ...fixtures.desHr, skills: 'none' } as unknown },
  'two frameworks': { framework: fixtures.desHr2, previous: fixtures.sample as unknown },
  bilingual: { framework: sample2, previous: fixtures.sample as unknown },
};

type Args = {
  'heading-level': number;
  'hide-wording': boolean;
  'show-ids': boolean;
  /** Story only: which two versions. */
  example: keyof typeof examples;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-framework-changes',
  component: 'cf-framework-changes',
  tags: ['autodocs'],
  args: { 'heading-level': 2, 'hide-wording': false, 'show-ids': false, example: 'des-hr 1.0.0 to 2.0.0' },
  argTypes: { example: { control: 'select', options: Object.keys(examples) } },
  render: (args) => {
    const { framework, previous } = examples[args.example];
    return html`<cf-framework-changes
      .framework=${framework}
      .previous=${previous}
      heading-level=${args['heading-level'] || nothing}
      ?hide-wording=${args['hide-wording']}
      ?show-ids=${args['show-ids']}
    ></cf-framework-changes>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** DE&S HR 1.0.0 to 2.0.0: skills added, retired, merged and renamed, descriptors, roles and what they need. */
export const NewVersion: Story = {};

/** Only what changed in meaning: the changes of wording only hidden. */
export const WordingHidden: Story = { args: { 'hide-wording': true } };

/** For framework authors: each thing named with its id, as the command's report does. */
export const WithIds: Story = { args: { 'show-ids': true } };

/** The same version twice: nothing changed, and it says so. */
export const NothingChanged: Story = { args: { example: 'nothing changed' } };

/** No earlier version given: what the element needs. */
export const NoEarlierVersion: Story = { args: { example: 'no earlier version' } };

/** An earlier version that is not valid: the problems, each with where it is. */
export const EarlierVersionNotValid: Story = { args: { example: 'earlier version not valid' } };

/** Two different frameworks: said, and the changes still shown. */
export const TwoFrameworks: Story = { args: { example: 'two frameworks' } };

/** A bilingual framework: switch the toolbar language to Cymraeg to see its Welsh names. */
export const Bilingual: Story = { args: { example: 'bilingual' } };

/** The earlier version fetched from `previous-src`, the new one from `<cf-framework src>`. */
export const FromFiles: Story = {
  render: () =>
    html`<cf-framework src="fixtures/versions/des-hr-2.json">
      <cf-framework-changes previous-src="fixtures/des-hr.json"></cf-framework-changes>
    </cf-framework>`,
};

/** Forced colours: the disclosures and the note keep their contrast. */
export const ForcedColors: Story = { tags: ['forced-colors'] };
