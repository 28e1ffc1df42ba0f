import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixtures } from './fixtures.js';
// The stories with `format` need the importer, as a host's page does.
import '../src/importer.js';

const meta: Meta = {
  title: 'Elements/cf-framework',
  component: 'cf-framework',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** Fetches a framework file and provides it to the ladders inside it. */
export const LoadFromUrl: Story = {
  render: () =>
    html`<cf-framework src="fixtures/des-hr.json">
      <cf-level-ladder skill="reward-and-recognition" current="practitioner" heading-level="2"></cf-level-ladder>
    </cf-framework>`,
};

/** A framework given as a property. */
export const FromProperty: Story = {
  render: () =>
    html`<cf-framework .framework=${fixtures.sample}>
      <cf-level-ladder skill="stakeholder-engagement" heading-level="2"></cf-level-ladder>
    </cf-framework>`,
};

/** An invalid framework: the error summary says what is wrong and where, in the page's language. */
export const InvalidFramework: Story = {
  render: () =>
    html`<cf-framework
      .framework=${{
        ...fixtures.sample,
        id: 'Data & Insight',
        skills: [{ id: 'analysis', name: '<b>Analysis</b>', levels: { master: 'x' } }],
        pathways: [{ from: 'data-analyst', to: 'astronaut', kind: 'promotion' }],
      }}
    >
      <cf-level-ladder skill="analysis"></cf-level-ladder>
    </cf-framework>`,
};

/** No src and no framework yet: says so rather than showing a blank. */
export const NoSource: Story = { render: () => html`<cf-framework></cf-framework>` };

/** A spreadsheet saved as CSV, imported on the way: `format="csv"` loads the importer only for this. */
export const ImportFromCsv: Story = {
  render: () =>
    html`<cf-framework format="csv" src="fixtures/import/wide-semicolon.csv">
      <cf-level-ladder skill="coaching" current="foundation" heading-level="2"></cf-level-ladder>
    </cf-framework>`,
};

/** A CSV that cannot be imported (a staff list, not a framework): the report says what is wrong, by row, in the page's language. */
export const ImportReport: Story = {
  render: () => html`<cf-framework format="csv" src="fixtures/import/not-a-framework.csv"></cf-framework>`,
};
