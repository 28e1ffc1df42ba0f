import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseAssessment } from '../../src/core/parse.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { FrameworkInput } from '../../src/core/schema/framework.js';
import { diffFrameworks, type FrameworkDiff } from '../../src/core/versions/diff.js';
import { validFramework } from './helpers.js';
import { migrateAssessment } from '../../src/core/versions/migrate.js';

/** Seeded, so a failure names a run that can be replayed. */
const SEED = 20261206;

/** A small random generator, so one fast-check integer makes a whole version pair. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

/** Words no two texts share by chance: each text draws from its own numbered stock. */
let stock = 0;
const sentence = () => {
  stock++;
  return `Handles casework${stock}, drafts guidance${stock} and reviews process${stock}.`;
};

const OPERATIONS = [
  'addSkill',
  'retireSkill',
  'renameSkill',
  'moveSkill',
  'replaceId',
  'mergeSkills',
  'copyIdUnstated',
  'meaning',
  'wording',
  'relabelLevel',
  'addLevel',
  'raise',
  'lower',
  'addRequirement',
  'dropRequirement',
  'addRole',
  'retireRole',
  'addPathway',
  'addLearning',
] as const;
type Operation = (typeof OPERATIONS)[number];

/** What each applied change must show up as in the diff: one line per finding. */
type Expected = Set<string>;

function base(skills: number, levels: number): FrameworkInput {
  const scale = Array.from({ length: levels }, (_, index) => ({ id: `l${index}`, label: `Level ${index}` }));
  return {
    schemaVersion: 1,
    id: 'gen',
    version: '1',
    title: 'Generated',
    scale: { levels: scale, allowNotApplicable: true },
    categories: [
      { id: 'c1', name: 'One' },
      { id: 'c2', name: 'Two' },
    ],
    skills: Array.from({ length: skills }, (_, index) => ({
      id: `s${index}`,
      name: `Skill ${index}`,
      category: 'c1',
      levels: Object.fromEntries(scale.map((level) => [level.id, sentence()])),
    })),
    roles: [
      {
        id: 'r0',
        title: 'Role 0',
        requirements: [
          { skill: 's0', level: 'l0' },
          { skill: 's1', level: `l${levels - 1}` },
        ],
      },
      { id: 'r1', title: 'Role 1', requirements: [{ skill: 's2', level: 'l1' }] },
    ],
    pathways: [{ from: 'r0', to: 'r1', kind: 'lateral' }],
    learning: [],
  };
}

/** Applies random changes to a copy, each to skills no other change touched, and says what the diff must find. */
function revise(
  input: FrameworkInput,
  operations: readonly Operation[],
  seed: number,
): { next: FrameworkInput; expected: Expected; renamedIds: Map<string, string[]> } {
  const rng = random(seed);
  const next = structuredClone(input);
  next.version = '2';
  const expected: Expected = new Set();
  const renamedIds = new Map<string, string[]>();
  const untouched = new Set(input.skills.map((skill) => skill.id).filter((id) => id !== 's0' && id !== 's1' && id !== 's2'));
  const take = () => {
    const id = rng.pick([...untouched]);
    untouched.delete(id);
    return next.skills.find((skill) => skill.id === id)!;
  };
  let added = 0;
  for (const operation of operations) {
    if (untouched.size < 2 && /Skill|Id|meaning|wording|merge/.test(operation)) continue;
    switch (operation) {
      case 'addSkill': {
        const id = `new${added++}`;
        next.skills.push({ id, name: `New ${id}`, levels: { l0: sentence() } });
        expected.add(`skill added ${id}`);
        break;
      }
      case 'retireSkill': {
        const skill = take();
        next.skills = next.skills.filter((item) => item !== skill);
        expected.add(`skill retired ${skill.id}`);
        break;
      }
      case 'renameSkill': {
        const skill = take();
        skill.name = `${skill.name} and more`;
        expected.add(`skill renamed ${skill.id}`);
        break;
      }
      case 'moveSkill': {
        const skill = take();
        skill.category = 'c2';
        expected.add(`skill moved ${skill.id}`);
        break;
      }
      case 'replaceId': {
        const skill = take();
        const was = skill.id;
        skill.id = `${was}-v2`;
        skill.replaces = [was];
        renamedIds.set(was, [skill.id]);
        expected.add(`skill replaced id ${was}>${skill.id}`);
        break;
      }
      case 'mergeSkills': {
        const [a, b] = [take(), take()];
        next.skills = next.skills.filter((item) => item !== b);
        const was = a.id;
        a.id = `${was}-merged`;
        a.replaces = [was, b.id];
        renamedIds.set(was, [a.id]);
        renamedIds.set(b.id, [a.id]);
        expected.add(`skill replaced merged ${was},${b.id}>${a.id}`);
        // The merged skill reads as `a` did: against `b` every descriptor says something else.
        for (const level of Object.keys(b.levels)) expected.add(`descriptor meaning ${a.id}/${level} from ${b.id}`);
        break;
      }
      case 'copyIdUnstated': {
        const skill = take();
        const was = skill.id;
        skill.id = `${was}-copy`;
        expected.add(`skill retired ${was}`);
        expected.add(`skill added ${skill.id}`);
        expected.add(`probably same ${was}>${skill.id}`);
        break;
      }
      case 'meaning': {
        const skill = take();
        const level = rng.pick(Object.keys(skill.levels));
        skill.levels[level] = sentence();
        expected.add(`descriptor meaning ${skill.id}/${level}`);
        break;
      }
      case 'wording': {
        const skill = take();
        const level = rng.pick(Object.keys(skill.levels));
        skill.levels[level] = `The ${(skill.levels[level] as string).toLowerCase().replace('.', '')}`;
        expected.add(`descriptor wording ${skill.id}/${level}`);
        break;
      }
      case 'relabelLevel': {
        const level = next.scale.levels[0]!;
        if (level.label === 'First level') break;
        level.label = 'First level';
        expected.add(`level relabelled ${level.id}`);
        break;
      }
      case 'addLevel': {
        if (next.scale.levels.some((level) => level.id === 'top')) break;
        next.scale.levels.push({ id: 'top', label: 'Top' });
        expected.add('level added top');
        break;
      }
      case 'raise':
      case 'lower': {
        const requirement = next.roles![0]!.requirements![operation === 'raise' ? 0 : 1]!;
        const at = next.scale.levels.findIndex((level) => level.id === requirement.level);
        const to = operation === 'raise' ? at + 1 : at - 1;
        const original = input.roles![0]!.requirements![operation === 'raise' ? 0 : 1]!;
        if (to < 0 || to >= input.scale.levels.length || requirement.level !== original.level) break;
        requirement.level = next.scale.levels[to]!.id;
        expected.add(`requirement ${operation === 'raise' ? 'raised' : 'lowered'} r0 ${requirement.skill}`);
        break;
      }
      case 'addRequirement': {
        const role = next.roles!.find((item) => item.id === 'r1');
        if (!role || role.requirements!.some((requirement) => requirement.skill === 's0')) break;
        role.requirements!.push({ skill: 's0', level: 'l0' });
        expected.add('requirement added r1 s0');
        break;
      }
      case 'dropRequirement': {
        const role = next.roles!.find((item) => item.id === 'r1');
        if (!role || role.requirements!.length === 0 || role.requirements![0]!.skill !== 's2') break;
        role.requirements!.splice(0, 1);
        expected.add('requirement dropped r1 s2');
        break;
      }
      case 'addRole': {
        const id = `role${added++}`;
        next.roles!.push({ id, title: `Role ${id}` });
        expected.add(`role added ${id}`);
        break;
      }
      case 'retireRole': {
        if (!next.roles!.some((role) => role.id === 'r1')) break;
        next.roles = next.roles!.filter((role) => role.id !== 'r1');
        next.pathways = next.pathways!.filter((pathway) => pathway.to !== 'r1' && pathway.from !== 'r1');
        expected.add('role retired r1');
        expected.delete('pathway added r1>r0');
        expected.add('pathway removed r0>r1');
        expected.delete('requirement added r1 s0');
        expected.delete('requirement dropped r1 s2');
        break;
      }
      case 'addPathway': {
        if (!next.roles!.some((role) => role.id === 'r1') || next.pathways!.some((pathway) => pathway.from === 'r1')) break;
        next.pathways!.push({ from: 'r1', to: 'r0', kind: 'promotion' });
        expected.add('pathway added r1>r0');
        break;
      }
      case 'addLearning': {
        const id = `learn${added++}`;
        next.learning!.push({ id, title: 'A course', url: 'https://example.org/course', skills: [{ skill: 's0' }] });
        expected.add(`learning added ${id}`);
        break;
      }
    }
  }
  return { next, expected, renamedIds };
}

/** The diff, as the same kind of lines the generator expects. */
function findings(diff: FrameworkDiff): Expected {
  const lines = new Set<string>();
  for (const { id } of diff.skills.added) lines.add(`skill added ${id}`);
  for (const { id } of diff.skills.retired) lines.add(`skill retired ${id}`);
  for (const { id } of diff.skills.renamed) lines.add(`skill renamed ${id}`);
  for (const { id } of diff.skills.moved) lines.add(`skill moved ${id}`);
  for (const { from, to, kind } of diff.skills.replaced) lines.add(`skill replaced ${kind} ${from.join(',')}>${to.join(',')}`);
  for (const { from, to } of diff.skills.probablySame) lines.add(`probably same ${from}>${to}`);
  for (const change of diff.skills.descriptors) {
    const from = change.from && change.from.skill !== change.skill.replace(/-(v2|merged)$/, '') ? ` from ${change.from.skill}` : '';
    lines.add(`descriptor ${change.change} ${change.skill}/${change.level}${from}`);
  }
  for (const { id } of diff.levels.relabelled) lines.add(`level relabelled ${id}`);
  for (const { id } of diff.levels.added) lines.add(`level added ${id}`);
  for (const { role, skill, change } of diff.roles.requirements) lines.add(`requirement ${change} ${role} ${skill}`);
  for (const { id } of diff.roles.added) lines.add(`role added ${id}`);
  for (const { id } of diff.roles.retired) lines.add(`role retired ${id}`);
  for (const { from, to } of diff.pathways.added) lines.add(`pathway added ${from}>${to}`);
  for (const { from, to } of diff.pathways.removed) lines.add(`pathway removed ${from}>${to}`);
  for (const { id } of diff.learning.added) lines.add(`learning added ${id}`);
  return lines;
}

const valid = validFramework;

const versionPairs = fc.record({
  skills: fc.integer({ min: 5, max: 14 }),
  levels: fc.integer({ min: 2, max: 5 }),
  operations: fc.array(fc.constantFrom(...OPERATIONS), { maxLength: 10 }),
  seed: fc.integer(),
});

describe('version pairs made from random changes', () => {
  it('the diff finds exactly the changes made', () => {
    fc.assert(
      fc.property(versionPairs, ({ skills, levels, operations, seed }) => {
        const input = base(skills, levels);
        const { next, expected } = revise(input, operations, seed);
        const diff = diffFrameworks(valid(input), valid(next));
        assert.deepEqual([...findings(diff)].sort(), [...expected].sort());
        assert.equal(diff.unchanged, expected.size === 0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('migration loses no rating: every level and word is in the new assessment, and it is valid', () => {
    fc.assert(
      fc.property(versionPairs, fc.integer(), ({ skills, levels, operations, seed }, ratingSeed) => {
        const input = base(skills, levels);
        const { next } = revise(input, operations, seed);
        const [old, revised] = [valid(input), valid(next)];
        const rng = random(ratingSeed);
        const choices = [...old.scale.levels.map((level) => level.id), 'not-applicable', undefined];
        const ratings: Assessment['ratings'] = {};
        for (const skill of old.skills) {
          if (rng.next() < 0.2) continue;
          const level = rng.pick(choices);
          ratings[skill.id] = { ...(level ? { level } : {}), ...(rng.next() < 0.5 ? { evidence: `Evidence for ${skill.id}` } : {}) };
        }
        ratings['from-elsewhere'] = { level: 'l0', evidence: 'Kept from an older version' };
        const given: Assessment = { schemaVersion: 1, framework: { id: 'gen', version: '1' }, rater: 'self', status: 'draft', ratings };
        const { assessment, impact } = migrateAssessment(given, old, revised);
        assert.equal(impact.status, 'migrated');
        const after = Object.values(assessment.ratings);
        for (const rating of Object.values(ratings)) {
          if (rating.evidence !== undefined)
            assert.ok(
              after.some((other) => other.evidence === rating.evidence),
              `lost evidence: ${rating.evidence}`,
            );
          if (rating.level !== undefined)
            assert.ok(
              after.some((other) => other.level === rating.level || other.review?.level === rating.level),
              `lost level ${rating.level}`,
            );
        }
        const check = parseAssessment(assessment, revised);
        assert.ok(check.ok, JSON.stringify(check.issues));
        const counted = impact.carried + impact.review.length + impact.keptApart.length;
        assert.ok(counted >= Object.keys(ratings).length - impact.moved.length, 'every rating is accounted for');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
