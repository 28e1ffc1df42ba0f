// DDaT-format CSVs the size of the published ones (the real roles file is over 20,000 lines, about
// 2.5 MB, several hundred role levels): the layout of tests/fixtures/import/ddat, generated.
const LEVELS = ['Awareness', 'Working', 'Practitioner', 'Expert'];
const STAGES = ['Associate', 'Junior', '', 'Senior', 'Lead', 'Head of'];

const quote = (text) => `"${text.replace(/"/g, '""')}"`;
const bullets = (lead, items) => `${lead}\n${items.map((item) => `- ${item}`).join('\n')}`;
const words = (seed, count) => Array.from({ length: count }, (_, i) => ['plan', 'design', 'test', 'data', 'users', 'service', 'risk', 'team', 'change', 'value'][(seed * 7 + i * 3) % 10]).join(' ');

/** `{ skills, roles }` CSV texts: `skillCount` skills; `families` x `rolesPerFamily` roles with six levels each. */
export function generateDdatFiles({ skillCount = 150, families = 8, rolesPerFamily = 6, skillsPerLevel = 14 } = {}) {
  const skills = Array.from({ length: skillCount }, (_, s) => `Skill ${s + 1} ${words(s, 2)}`);
  const skillRows = skills.map((name, s) =>
    [name, `${name} is about ${words(s, 12)}.`, ...LEVELS.map((level, l) => bullets('You can:', [words(s + l, 8), words(s + l + 1, 9), words(s + l + 2, 7)])), 'Many roles']
      .map(quote)
      .join(','),
  );
  const roleRows = [];
  for (let f = 0; f < families; f++) {
    for (let r = 0; r < rolesPerFamily; r++) {
      const role = `Role ${f + 1}.${r + 1}`;
      const description = bullets(`A ${role.toLowerCase()} ${words(f + r, 10)}.\n\nIn this role, you will:`, [words(r, 8), words(r + 1, 8), words(r + 2, 8)]);
      STAGES.forEach((stage, l) => {
        const level = `${stage} ${role}`.trim();
        for (let k = 0; k < skillsPerLevel; k++) {
          const skill = skills[(f * 31 + r * 7 + k * 13) % skills.length];
          const skillLevel = LEVELS[Math.min(3, Math.floor((l + k % 2) / 1.6))];
          roleRows.push(
            [`Family ${f + 1}`, role, description, level, `At this level a ${level.toLowerCase()} ${words(l, 14)}.`, skill, `${skill} is about ${words(k, 12)}.`, skillLevel, bullets('You can:', [words(k + l, 8), words(k, 9)]), 'Core role']
              .map(quote)
              .join(','),
          );
        }
      });
    }
  }
  const header = (columns) => columns.join(',');
  return {
    skills: [header(['Skill Name', 'Skill Description', ...LEVELS, 'Roles that require Skill']), ...skillRows].join('\n'),
    roles: [header(['Role Family', 'Role', 'Role Description', 'Role Level', 'Role Level Description', 'Skill Name', 'Skill Description', 'Skill Level', 'Skill Level Description', 'Role Type']), ...roleRows].join('\n'),
  };
}
