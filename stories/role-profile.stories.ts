import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtures } from './fixtures.js';

type Args = {
  framework: keyof typeof fixtures;
  'role-id': string;
  compare?: string;
  'role-href'?: string;
  'heading-level': number;
};

const meta: Meta<Args> = {
  title: 'Elements/cf-role-profile',
  component: 'cf-role-profile',
  tags: ['autodocs'],
  args: { framework: 'desHr', 'role-id': 'hr-business-partner', 'heading-level': 2 },
  argTypes: { framework: { control: 'select', options: Object.keys(fixtures) } },
  render: (args) =>
    html`<cf-role-profile
      .framework=${fixtures[args.framework]}
      role-id=${args['role-id']}
      compare=${args.compare ?? nothing}
      role-href=${args['role-href'] ?? nothing}
      heading-level=${args['heading-level']}
    ></cf-role-profile>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A role: what it is, its essential and desirable skills (each level's descriptors on demand), and where it leads. */
export const Role: Story = {};

/** A level of a role, which inherits the role's requirements and raises some. */
export const RoleLevel: Story = { args: { 'role-id': 'senior-hr-business-partner' } };

/** What changes in a move: skills added, levels raised, skills no longer needed. */
export const Compare: Story = { args: { 'role-id': 'hr-adviser', compare: 'hr-business-partner' } };

/** DIRECT: a sideways move from data science to research software engineering, which lowers one level. */
export const CompareDirect: Story = {
  args: { framework: 'direct', 'role-id': 'research-data-scientist', compare: 'research-software-engineer' },
};

/** Bilingual sample: switch the toolbar language to Cymraeg. */
export const Bilingual: Story = { args: { framework: 'sample', 'role-id': 'data-analyst-senior' } };

/**
 * A head of profession (Senior Civil Service, its type shown with its family) that names three skills
 * without stating a level: each reads "no level stated", with no descriptors to open.
 */
export const NoLevelStated: Story = { args: { framework: 'careers', 'role-id': 'head-of-analysis-profession' } };

/** The move into it: skills whose level is stated on one side only are a group of their own. */
export const CompareNoLevelStated: Story = {
  args: { framework: 'careers', 'role-id': 'head-of-analysis', compare: 'head-of-analysis-profession' },
};

/** A role with no levels, no moves, and no level stated for any of its skills. */
export const ChiefRole: Story = { args: { framework: 'careers', 'role-id': 'chief-operating-officer' } };

/** Next roles as real links to the host's own pages. */
export const LinksToRolePages: Story = { args: { 'role-id': 'hr-adviser', 'role-href': '#/roles/{id}' } };

/** Forced colours (Windows high contrast). */
export const ForcedColors: Story = { args: { 'role-id': 'hr-adviser', compare: 'hr-business-partner' }, tags: ['forced-colors'] };

/** An unknown role gives a message, never a blank. */
export const UnknownRole: Story = { args: { 'role-id': 'astronaut' } };
