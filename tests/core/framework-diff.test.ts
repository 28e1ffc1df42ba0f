import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFramework } from '../../src/core/parse.js';
import type { Framework, FrameworkInput } from '../../src/core/schema/framework.js';
import { diffFrameworks } from '../../src/core/versions/diff.js';
import { validFramework } from './helpers.js';

function framework(changes: Partial<FrameworkInput> = {}): Framework {
  const input: FrameworkInput = {
    schemaVersion: 1,
    id: 'ops',
    version: '1',
    title: 'Operations',
    scale: {
      levels: [
        { id: 'working', label: 'Working', description: 'Works with guidance.' },
        { id: 'practitioner', label: 'Practitioner' },
        { id: 'expert', label: 'Expert' },
      ],
    },
    categories: [
      { id: 'core', name: 'Core' },
      { id: 'data', name: 'Data' },
    ],
    skills: [
      { id: 'planning', name: 'Planning', category: 'core', levels: { working: 'Plans own work.', practitioner: 'Plans a team’s work.' } },
      {
        id: 'reporting',
        name: 'Reporting',
        category: 'data',
        levels: { working: 'Writes routine reports.', expert: 'Sets reporting standards.' },
      },
      { id: 'budgets', name: 'Budgets', levels: { working: 'Tracks spending against a budget.' } },
    ],
    roles: [
      {
        id: 'officer',
        title: 'Officer',
        requirements: [
          { skill: 'planning', level: 'working' },
          { skill: 'reporting', level: 'practitioner' },
        ],
        levels: [{ id: 'senior-officer', title: 'Senior officer', requirements: [{ skill: 'planning', level: 'practitioner' }] }],
      },
    ],
    pathways: [{ from: 'officer', to: 'senior-officer', kind: 'promotion' }],
    learning: [{ id: 'course', title: 'Planning course', url: 'https://example.org/course', skills: [{ skill: 'planning' }] }],
    ...changes,
  };
  return validFramework(input);
}

/** The first version's input, changed by `edit`, as a second version. */
function revised(edit: (input: FrameworkInput) => void): Framework {
  const input = structuredClone(framework()) as FrameworkInput;
  input.version = '2';
  edit(input);
  return validFramework(input);
}

const old = framework();

describe('diffFrameworks', () => {
  it('finds nothing between a version and its copy', () => {
    const diff = diffFrameworks(
      old,
      revised(() => {}),
    );
    assert.equal(diff.unchanged, true);
    assert.deepEqual(diff.from, { id: 'ops', version: '1' });
    assert.deepEqual(diff.to, { id: 'ops', version: '2' });
  });

  it('finds skills added, retired, renamed and moved', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        input.skills = input.skills.filter((skill) => skill.id !== 'budgets');
        input.skills.push({ id: 'risk', name: 'Risk', levels: { working: 'Spots risks in a project.' } });
        input.skills[0]!.name = 'Planning and scheduling';
        input.skills[1]!.category = 'core';
      }),
    );
    assert.deepEqual(diff.skills.added, [{ id: 'risk', name: 'Risk' }]);
    assert.deepEqual(diff.skills.retired, [{ id: 'budgets', name: 'Budgets' }]);
    assert.deepEqual(diff.skills.renamed, [{ id: 'planning', from: 'Planning', to: 'Planning and scheduling' }]);
    assert.deepEqual(diff.skills.moved, [{ id: 'reporting', from: 'data', to: 'core' }]);
    assert.deepEqual(diff.skills.probablySame, []);
    assert.equal(diff.unchanged, false);
  });

  it('grades each descriptor change, and says where a descriptor appeared or went', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        input.skills[0]!.levels = { working: 'Plans own work', practitioner: 'Plans the work of several teams.', expert: 'Sets plans.' };
        input.skills[1]!.levels = { working: { notApplicable: true }, expert: 'Sets reporting standards.' };
      }),
    );
    const changes = diff.skills.descriptors.map(({ skill, level, change }) => `${skill}/${level}: ${change}`);
    assert.deepEqual(changes.sort(), [
      'planning/expert: added',
      'planning/practitioner: meaning',
      'planning/working: wording',
      'reporting/working: meaning',
    ]);
  });

  it('reports the scale’s description changing for skills that use it', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        input.scale.levels[0]!.description = 'Works without guidance.';
      }),
    );
    assert.deepEqual(
      diff.levels.descriptions.map(({ id, change }) => [id, change]),
      [['working', 'meaning']],
    );
    // Every skill has its own descriptor at working, so none uses the scale's there.
    assert.deepEqual(diff.skills.descriptors, []);
    const practitioner = diffFrameworks(
      old,
      revised((input) => {
        input.scale.levels[1]!.description = 'Works alone.';
      }),
    );
    assert.deepEqual(
      practitioner.skills.descriptors.map(({ skill, change, scale }) => [skill, change, scale]),
      [
        ['reporting', 'meaning', true],
        ['budgets', 'meaning', true],
      ],
    );
  });

  it('finds levels added, removed, relabelled and reordered', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        input.scale.levels = [
          { id: 'practitioner', label: 'Practitioner' },
          { id: 'working', label: 'Working level', description: 'Works with guidance.' },
          { id: 'lead', label: 'Lead' },
        ];
        for (const skill of input.skills) delete skill.levels.expert;
      }),
    );
    assert.deepEqual(diff.levels.added, [{ id: 'lead', name: 'Lead' }]);
    assert.deepEqual(diff.levels.removed, [{ id: 'expert', name: 'Expert' }]);
    assert.deepEqual(diff.levels.relabelled, [{ id: 'working', from: 'Working', to: 'Working level' }]);
    assert.equal(diff.levels.reordered, true);
  });

  it('follows the ids a new version says it replaces: one for one, merged and split', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        const [planning, reporting, budgets] = input.skills;
        planning!.id = 'planning-and-control';
        planning!.replaces = ['planning', 'budgets'];
        input.skills = [planning!, reporting!, { ...budgets!, id: 'forecasting', replaces: ['reporting'] }];
        for (const role of input.roles ?? []) {
          for (const list of [role.requirements, ...(role.levels ?? []).map((level) => level.requirements)]) {
            for (const requirement of list ?? []) if (requirement.skill === 'planning') requirement.skill = 'planning-and-control';
          }
        }
        input.learning = [];
      }),
    );
    assert.deepEqual(
      diff.skills.replaced.map(({ from, to, kind, by }) => ({ from, to, kind, by })),
      [
        { from: ['planning', 'budgets'], to: ['planning-and-control'], kind: 'merged', by: 'file' },
        { from: ['reporting'], to: ['reporting', 'forecasting'], kind: 'split', by: 'file' },
      ],
    );
    assert.deepEqual(diff.skills.retired, []);
    assert.deepEqual(diff.skills.added, []);
    // The renamed requirement is the same need, not one dropped and one added.
    assert.deepEqual(
      diff.roles.requirements.filter((change) => change.role === 'officer'),
      [],
    );
  });

  it('takes a caller’s mapping, and reports mapped ids that do not exist', () => {
    const next = revised((input) => {
      input.skills[2]!.id = 'budgeting';
    });
    const plain = diffFrameworks(old, next);
    assert.deepEqual(
      plain.skills.retired.map(({ id }) => id),
      ['budgets'],
    );
    assert.deepEqual(plain.skills.probablySame, [{ from: 'budgets', to: 'budgeting', similarity: 1 }]);
    const mapped = diffFrameworks(old, next, { mapping: { skills: { budgets: 'budgeting', nowhere: 'budgeting', planning: 'missing' } } });
    assert.deepEqual(mapped.skills.replaced, [{ from: ['budgets'], to: ['budgeting'], kind: 'id', by: 'option' }]);
    assert.deepEqual(mapped.skills.probablySame, []);
    assert.deepEqual(mapped.unknownMappings, [
      { id: 'nowhere', side: 'old', by: 'option', kind: 'skill' },
      { id: 'missing', side: 'new', by: 'option', kind: 'skill' },
    ]);
  });

  it('finds roles added, retired and renamed, and requirements raised, lowered, added, dropped', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        const officer = input.roles![0]!;
        officer.title = 'Operations officer';
        officer.requirements = [
          { skill: 'planning', level: 'practitioner' },
          { skill: 'budgets', level: 'working', importance: 'desirable' },
        ];
        officer.levels = [];
        input.roles!.push({ id: 'analyst', title: 'Analyst', requirements: [{ skill: 'reporting', level: 'expert' }] });
        input.pathways = [{ from: 'officer', to: 'analyst', kind: 'lateral' }];
      }),
    );
    assert.deepEqual(diff.roles.added, [{ id: 'analyst', title: 'Analyst' }]);
    assert.deepEqual(diff.roles.retired, [{ id: 'senior-officer', title: 'Senior officer', role: 'officer' }]);
    assert.deepEqual(diff.roles.renamed, [{ id: 'officer', from: 'Officer', to: 'Operations officer' }]);
    assert.deepEqual(
      diff.roles.requirements.map(({ role, skill, change, steps }) => ({ role, skill, change, steps })),
      [
        { role: 'officer', skill: 'reporting', change: 'dropped', steps: undefined },
        { role: 'officer', skill: 'planning', change: 'raised', steps: 1 },
        { role: 'officer', skill: 'budgets', change: 'added', steps: undefined },
      ],
    );
    assert.deepEqual(diff.pathways.added, [{ from: 'officer', to: 'analyst', kind: 'lateral' }]);
    assert.deepEqual(diff.pathways.removed, [{ from: 'officer', to: 'senior-officer', kind: 'promotion' }]);
  });

  it('finds a requirement lowered, made desirable, or left without a level', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        input.roles![0]!.requirements = [
          { skill: 'planning', level: 'working', importance: 'desirable' },
          { skill: 'reporting', level: 'working' },
        ];
        input.roles![0]!.levels![0]!.requirements = [{ skill: 'planning' }];
      }),
    );
    assert.deepEqual(
      diff.roles.requirements.map(({ role, skill, change }) => `${role} ${skill} ${change}`),
      ['officer planning importance', 'officer reporting lowered', 'senior-officer planning unstated', 'senior-officer reporting lowered'],
    );
  });

  it('finds categories and learning added and removed', () => {
    const diff = diffFrameworks(
      old,
      revised((input) => {
        input.categories = [
          { id: 'core', name: 'Core skills' },
          { id: 'people', name: 'People' },
        ];
        input.skills[1]!.category = 'people';
        input.learning = [{ id: 'guide', title: 'Reporting guide', url: 'https://example.org/guide', skills: [{ skill: 'reporting' }] }];
      }),
    );
    assert.deepEqual(diff.categories, {
      added: [{ id: 'people', name: 'People' }],
      removed: [{ id: 'data', name: 'Data' }],
      renamed: [{ id: 'core', from: 'Core', to: 'Core skills' }],
    });
    assert.deepEqual(diff.learning, {
      added: [{ id: 'guide', name: 'Reporting guide' }],
      removed: [{ id: 'course', name: 'Planning course' }],
    });
  });

  it('grades a Welsh edit in a bilingual framework', () => {
    const bilingual = framework({
      skills: [
        {
          id: 'planning',
          name: { en: 'Planning', cy: 'Cynllunio' },
          levels: { working: { en: 'Plans own work.', cy: 'Yn cynllunio ei waith ei hun.' } },
        },
      ],
      roles: [],
      pathways: [],
      learning: [],
    });
    const next = structuredClone(bilingual) as FrameworkInput;
    next.version = '2';
    next.skills[0]!.levels.working = { en: 'Plans own work.', cy: 'Nid yw’n cynllunio ei waith ei hun.' };
    const parsed = parseFramework(next);
    assert.ok(parsed.ok);
    assert.deepEqual(
      diffFrameworks(bilingual, parsed.value).skills.descriptors.map(({ change }) => change),
      ['meaning'],
    );
  });
});
