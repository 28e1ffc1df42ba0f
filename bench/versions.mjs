// Node: two versions of a framework the size of the DDaT one (imported from generated CSVs in the
// published layout), the second made by the kinds of edit real revisions make. Prints the median of 5
// runs in milliseconds, each on freshly validated frameworks (so nothing is remembered between runs).
//   --diff      diffFrameworks(old, new)
//   --migrate   migrateAssessment for 10,000 assessments rating every skill (the one diff included)
//   --describe  say what the two versions hold, on stderr
import { diffFrameworks, migrateAssessment, parseFramework } from '../dist/core/index.js';
import { importFramework } from '../dist/core/io/index.js';
import { generateDdat, random } from '../tests/fixtures/import/ddat-generate.mjs';

const generated = generateDdat({ scale: 1 });
const imported = importFramework('ddat', [
  { text: generated.skills, name: 'skills.csv' },
  { text: generated.roles, name: 'roles.csv' },
]);
if (!imported.ok) throw new Error('the generated DDaT files did not import');
const first = JSON.parse(JSON.stringify(imported.framework));

/** The second version: ids replaced, merged and retired; names, descriptors and requirements changed. */
function revise(framework) {
  const next = structuredClone(framework);
  const rng = random(7);
  next.version = '2.0.0';
  const skills = next.skills;
  const pickSkill = () => skills[Math.floor(rng() * skills.length)];
  for (let n = 0; n < 10; n++) pickSkill().name += ' (revised)';
  for (let n = 0; n < 40; n++) {
    const skill = pickSkill();
    const level = Object.keys(skill.levels)[0];
    const text = JSON.stringify(skill.levels[level]);
    // Half reworded (a comma and a small word), half rewritten.
    skill.levels[level] = n % 2 ? JSON.parse(text.replace(/ and /, ', and the ')) : `Leads ${skill.id} work across several teams, and sets its standards.`;
  }
  const renamed = new Map();
  for (const skill of skills.slice(0, 10)) {
    renamed.set(skill.id, `${skill.id}-2`);
    skill.replaces = [skill.id];
    skill.id = `${skill.id}-2`;
  }
  for (let n = 10; n < 20; n += 2) {
    const [keep, merged] = [skills[n], skills[n + 1]];
    keep.replaces = [keep.id, merged.id];
    renamed.set(merged.id, keep.id);
  }
  const gone = new Set(skills.slice(20, 25).map((skill) => skill.id));
  next.skills = skills.filter((skill, index) => !(index > 10 && index < 20 && index % 2 === 1) && !gone.has(skill.id));
  for (let n = 0; n < 5; n++) next.skills.push({ id: `new-skill-${n}`, name: `New skill ${n}`, levels: { [next.scale.levels[0].id]: 'Does new things.' } });
  const ranks = next.scale.levels.map((level) => level.id);
  for (const role of next.roles) {
    for (const holder of [role, ...(role.levels ?? [])]) {
      if (!holder.requirements) continue;
      const seen = new Set();
      holder.requirements = holder.requirements.flatMap((requirement) => {
        const skill = renamed.get(requirement.skill) ?? requirement.skill;
        if (gone.has(skill) || seen.has(skill)) return [];
        seen.add(skill);
        const raise = rng() < 0.1 && requirement.level && ranks.indexOf(requirement.level) < ranks.length - 1;
        return [{ ...requirement, skill, ...(raise ? { level: ranks[ranks.indexOf(requirement.level) + 1] } : {}) }];
      });
    }
  }
  next.learning = next.learning.filter((item) => item.skills.every((link) => !gone.has(link.skill)));
  return next;
}

const second = revise(first);
const valid = (input) => {
  const result = parseFramework(structuredClone(input));
  if (!result.ok) throw new Error(`invalid version: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value;
};

if (process.argv.includes('--describe')) {
  const levels = (framework) => framework.roles.reduce((sum, role) => sum + (role.levels?.length ?? 0), 0);
  const diff = diffFrameworks(valid(first), valid(second));
  console.error(
    `${first.skills.length} skills and ${levels(first)} role levels, then ${second.skills.length} and ${levels(second)}; ` +
      `${diff.skills.descriptors.length} descriptor changes, ${diff.skills.replaced.length} replacements, ${diff.roles.requirements.length} requirement changes`,
  );
}

const times = [];
const migrate = process.argv.includes('--migrate');
const people = migrate ? peopleOf(first, 10_000) : [];
for (let run = 0; run < 5; run++) {
  const [old, next] = [valid(first), valid(second)];
  const start = performance.now();
  if (migrate) {
    let review = 0;
    for (const assessment of people) review += migrateAssessment(assessment, old, next).impact.review.length;
    if (review === 0) throw new Error('no rating to review: the workload is wrong');
  } else if (diffFrameworks(old, next).unchanged) throw new Error('no change found');
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(times[2]);

/** Assessments rating every skill of the framework at a random level, already validated (as a server holds them). */
function peopleOf(framework, count) {
  const rng = random(11);
  const levels = framework.scale.levels.map((level) => level.id);
  return Array.from({ length: count }, (_, person) => ({
    schemaVersion: 1,
    framework: { id: framework.id, version: framework.version },
    subject: { id: `person-${person}` },
    rater: 'self',
    status: 'submitted',
    ratings: Object.fromEntries(framework.skills.map((skill) => [skill.id, { level: levels[Math.floor(rng() * levels.length)] }])),
  }));
}
