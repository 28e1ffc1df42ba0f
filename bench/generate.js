// A framework the size of SFIA (about 150 skills on 7 levels), made the same way every time, for
// benchmarks. Plain text with two or three descriptors per level, 12 categories, both special answers.
const WORDS = ['plans', 'reviews', 'leads', 'improves', 'designs', 'advises on', 'assures', 'develops', 'measures', 'shares'];
const THINGS = ['the service', 'standards', 'risks', 'team practice', 'data quality', 'user needs', 'policy', 'budgets', 'suppliers'];

/** Numbers in [0, 1) from a seed, the same every run: benchmarks compare like with like. */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

export function generateFramework({ skills = 150, levels = 7, categories = 12 } = {}) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const scale = Array.from({ length: levels }, (_, index) => ({ id: `level-${index + 1}`, label: `Level ${index + 1}` }));
  return {
    schemaVersion: 1,
    id: 'generated',
    version: '1.0.0',
    title: 'Generated benchmark framework',
    scale: { levels: scale, allowNotApplicable: true, allowNotObserved: true },
    categories: Array.from({ length: categories }, (_, index) => ({ id: `category-${index + 1}`, name: `Category ${index + 1}` })),
    skills: Array.from({ length: skills }, (_, index) => ({
      id: `skill-${index + 1}`,
      name: `Skill ${index + 1}`,
      description: `What skill ${index + 1} covers, in a sentence or two, as a framework describes it.`,
      category: `category-${(index % categories) + 1}`,
      levels: Object.fromEntries(
        scale.map((level) => [
          level.id,
          [{ ul: Array.from({ length: 2 + Math.floor(next() * 2) }, () => `${pick(WORDS)} ${pick(THINGS)} at ${level.label.toLowerCase()}`) }],
        ]),
      ),
    })),
  };
}

/**
 * A role that needs every skill of a generated framework (levels spread over the scale), and
 * `series` assessments of it: a self-rating, a manager's and an earlier self-rating, with some
 * skills not rated and some not applicable, as real ones have.
 */
export function generateGapData(framework, series = 3) {
  const levels = framework.scale.levels;
  const role = {
    id: 'every-skill',
    title: 'Every skill',
    requirements: framework.skills.map((skill, i) => ({ skill: skill.id, level: levels[(i * 5) % levels.length].id })),
  };
  const raters = ['self', 'manager', 'self'];
  const assessments = Array.from({ length: series }, (_, s) => ({
    schemaVersion: 1,
    framework: { id: framework.id, version: framework.version },
    rater: raters[s % raters.length],
    status: 'draft',
    updatedAt: `2026-0${s + 1}-01T10:00:00Z`,
    ratings: Object.fromEntries(
      framework.skills.flatMap((skill, i) =>
        (i + s) % 11 === 0 ? [] : [[skill.id, { level: (i + s) % 17 === 0 ? 'not-applicable' : levels[(i * 3 + s) % levels.length].id }]],
      ),
    ),
  }));
  return { framework: { ...framework, roles: [role] }, role: role.id, assessments };
}

/**
 * A career framework of `positions` role levels (6 families, 10 grades) and about `moves` moves: the
 * promotions between each role's levels, then sideways and cross-profession pathways between
 * positions of neighbouring grades, made the same way every time.
 */
export function generateJourneys({ positions = 300, moves = 900, grades = 10 } = {}) {
  const next = random(7);
  const scale = ['awareness', 'working', 'practitioner', 'expert'].map((id) => ({ id, label: id[0].toUpperCase() + id.slice(1) }));
  const skills = Array.from({ length: 60 }, (_, i) => ({ id: `skill-${i + 1}`, name: `Skill ${i + 1}`, levels: {} }));
  const families = Array.from({ length: 6 }, (_, i) => ({ id: `family-${i + 1}`, name: `Family ${i + 1}` }));
  const roleCount = Math.ceil(positions / grades);
  const roles = Array.from({ length: roleCount }, (_, r) => ({
    id: `role-${r + 1}`,
    title: `Role ${r + 1}`,
    family: families[r % families.length].id,
    levels: Array.from({ length: grades }, (_, g) => ({
      id: `role-${r + 1}-g${g + 1}`,
      title: `Role ${r + 1}, grade ${g + 1}`,
      grade: `G${g + 1}`,
      requirements: Array.from({ length: 5 }, (_, k) => ({ skill: skills[(r * 7 + k * 11) % skills.length].id, level: scale[Math.min(3, Math.floor((g * 4) / grades))].id })),
    })),
  }));
  const all = roles.flatMap((role) => role.levels.map((level, g) => ({ id: level.id, role, g })));
  const pathways = [];
  const seen = new Set();
  const stated = Math.max(0, moves - roleCount * (grades - 1));
  while (pathways.length < stated) {
    const a = all[Math.floor(next() * all.length)];
    const candidates = all.filter((b) => b.role !== a.role && Math.abs(b.g - a.g) <= 1);
    const b = candidates[Math.floor(next() * candidates.length)];
    const key = `${a.id}>${b.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pathways.push({ from: a.id, to: b.id, kind: a.role.family === b.role.family ? 'lateral' : 'cross-profession' });
  }
  return {
    schemaVersion: 1,
    id: 'generated-journeys',
    version: '1.0.0',
    title: 'Generated career framework',
    scale: { levels: scale, allowNotApplicable: false, allowNotObserved: false },
    categories: [],
    skills,
    families,
    roles,
    pathways,
    learning: [],
  };
}

/**
 * A team of `people` self-assessments of a generated framework, and a role that needs every skill:
 * most skills rated, some not applicable, not observed or left out, as real teams' are.
 */
export function generateTeam(framework, people = 10_000) {
  const next = random(7);
  const levels = framework.scale.levels;
  const role = {
    id: 'team-role',
    title: 'Team role',
    requirements: framework.skills.map((skill, index) => ({ skill: skill.id, level: levels[index % levels.length].id })),
  };
  const answer = () => {
    const roll = next();
    if (roll < 0.08) return undefined;
    if (roll < 0.11) return { level: 'not-applicable' };
    if (roll < 0.14) return { level: 'not-observed' };
    return { level: levels[Math.floor(next() * levels.length)].id };
  };
  const assessments = Array.from({ length: people }, () => ({
    ratings: Object.fromEntries(framework.skills.flatMap((skill) => {
      const rating = answer();
      return rating ? [[skill.id, rating]] : [];
    })),
  }));
  return { framework: { ...framework, roles: [role] }, assessments };
}

/**
 * A career conversation on a generated framework: a self-assessment and a manager's of every skill, made
 * alike on about two skills in five and a level or two apart on the rest, a few with evidence each side.
 */
export function generateConversation(framework) {
  const next = random(11);
  const levels = framework.scale.levels;
  const rating = (skill, index, shift) => {
    const level = levels[(index * 3 + shift) % levels.length].id;
    return [skill.id, index % 7 === 0 ? { level, evidence: `What was done on ${skill.name}, in a sentence or two.` } : { level }];
  };
  const of = (rater, shift) => ({
    schemaVersion: 1,
    framework: { id: framework.id, version: framework.version },
    subject: { id: 'p-1', name: 'Alex Jones' },
    rater,
    status: 'submitted',
    submittedAt: '2026-11-20T10:00:00Z',
    ratings: Object.fromEntries(framework.skills.map((skill, index) => rating(skill, index, rater === 'self' || next() < 0.4 ? 0 : shift))),
  });
  return [
    { label: 'You', assessment: of('self', 0) },
    { label: 'Sam', assessment: of('manager', 1) },
  ];
}

/** One person's `count` self-assessments of every skill, a quarter apart, each moving a few skills up or down. */
export function generateHistory(framework, count = 20) {
  const next = random(13);
  const levels = framework.scale.levels;
  let current = framework.skills.map(() => Math.floor(next() * 3));
  return Array.from({ length: count }, (_, at) => {
    current = current.map((rank) => Math.max(0, Math.min(levels.length - 1, rank + (next() < 0.2 ? (next() < 0.7 ? 1 : -1) : 0))));
    const month = new Date(Date.UTC(2021, at * 3, 1)).toISOString();
    return {
      schemaVersion: 1,
      framework: { id: framework.id, version: framework.version },
      rater: 'self',
      status: 'submitted',
      submittedAt: month,
      ratings: Object.fromEntries(framework.skills.map((skill, index) => [skill.id, { level: levels[current[index]].id }])),
    };
  });
}
