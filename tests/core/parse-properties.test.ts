import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hasMarkup, MAX_DEPTH, MAX_INPUT_CHARS } from '../../src/core/input.js';
import { ISSUE_KEYS, type ParseResult } from '../../src/core/issues.js';
import { parseAssessment, parseFramework } from '../../src/core/parse.js';
import { FIXTURES, readFixture } from './helpers.js';

/** Seeded, so a failure names a run that can be replayed. */
const SEED = 20261215;

// ---- what every result must be ----------------------------------------------------------------

const KEYS = new Set<string>(ISSUE_KEYS);

/** A verdict, and issues each with a known key, a path of names and indexes, a severity; ok exactly when no error. */
/** Reported when reading the input threw: for plain data (JSON values, files) that is a bug. */
const unreadable = (result: ParseResult<unknown>): boolean =>
  result.issues.some((issue) => issue.key === 'value.invalid' && issue.path.length === 0);

function assertWellFormed(result: ParseResult<unknown>): void {
  assert.equal(typeof result.ok, 'boolean');
  assert.ok(Array.isArray(result.issues));
  for (const issue of result.issues) {
    assert.ok(KEYS.has(issue.key), `unknown key ${issue.key}`);
    const path: unknown = issue.path;
    assert.ok(
      Array.isArray(path) && path.every((part: unknown) => typeof part === 'string' || typeof part === 'number'),
      JSON.stringify(issue),
    );
    assert.ok(issue.severity === 'error' || issue.severity === 'warning', JSON.stringify(issue));
    if (issue.params !== undefined)
      assert.ok(
        Object.values(issue.params).every((value) => typeof value === 'string' || typeof value === 'number'),
        JSON.stringify(issue),
      );
  }
  assert.equal(result.ok, !result.issues.some((issue) => issue.severity === 'error'), JSON.stringify(result.issues));
}

/** What a framework that is valid gives back validates again, as it is and through its JSON, to the same value. */
function assertFramework(result: ParseResult<unknown>): void {
  assertWellFormed(result);
  if (!result.ok) return;
  const again = parseFramework(structuredClone(result.value));
  assert.ok(again.ok, JSON.stringify(again.issues));
  const text = parseFramework(JSON.stringify(result.value));
  assert.ok(text.ok, JSON.stringify(text.issues));
  assert.deepEqual(text.value, result.value);
}

function assertAssessment(result: ParseResult<unknown>, framework?: unknown): void {
  assertWellFormed(result);
  if (!result.ok) return;
  for (const again of [
    parseAssessment(structuredClone(result.value), framework as never),
    parseAssessment(JSON.stringify(result.value), framework as never),
  ]) {
    assert.ok(again.ok, JSON.stringify(again.issues));
    assert.deepEqual(again.value, result.value);
  }
}

/**
 * What must make any file invalid, found without the parser: a prototype key, a number JSON cannot
 * hold, nesting past the limit, or (in a framework) text an HTML parser reads as markup.
 */
function mustFail(value: unknown, markup: boolean): string | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'number' && !Number.isFinite(item)) return `number ${item}`;
    if (typeof item === 'string' && markup && hasMarkup(item)) return `markup ${JSON.stringify(item.slice(0, 40))}`;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > MAX_DEPTH) return 'too deep';
    // A list's named properties (which JSON cannot write) are not part of it: neither the guard nor zod reads them.
    const keys = Array.isArray(item) ? Array.from({ length: item.length }, (_, index) => String(index)) : Object.keys(item);
    for (const key of keys) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return `key ${key}`;
      stack.push([(item as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

// ---- valid files, and seeded mutations of them --------------------------------------------------

const FRAMEWORKS = ['sample-bilingual', 'public-service-careers', 'des-hr', 'direct'].map((name) => readFixture(name) as unknown);
const byId = new Map(FRAMEWORKS.map((framework) => [(framework as { id: string }).id, framework]));

/** Every sample assessment, with the framework it was made against. */
const ASSESSMENTS = ['des-hr', 'des-hr-team', 'direct'].flatMap((name) => {
  const content = JSON.parse(readFileSync(new URL(`assessments/${name}.json`, FIXTURES), 'utf8')) as Record<string, unknown>;
  const samples = Array.isArray(content.assessments) ? (content.assessments as unknown[]) : Object.values(content);
  return samples.map((sample) => ({ sample, framework: byId.get((sample as { framework: { id: string } }).framework.id)! }));
});

/** Values of other types and awkward values of the same: what a hand edit or a bad export leaves. */
const strange = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    -0,
    Infinity,
    -Infinity,
    undefined,
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    '',
    ' ',
    '\u0000',
    '2026-13-45',
    'not-a-level',
    'x'.repeat(300),
    '<svg/onload=alert(1)>',
    'a < b',
    [],
    {},
    [[]],
    { en: '' },
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'huge' | 'swap'; at: number[]; from: number[] }
  | { kind: 'replace'; at: number[]; value: unknown }
  | { kind: 'add'; at: number[]; key: string; value: unknown }
  | { kind: 'nest'; at: number[]; depth: number; array: boolean };

const at = fc.array(fc.nat(), { maxLength: 7 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'huge', 'swap'), at, from: at }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('replace'), at, value: strange }) as fc.Arbitrary<Mutation>,
  fc.record({
    kind: fc.constant('add'),
    at,
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'en', 'id', 'levels', '0'),
    value: strange,
  }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('nest'), at, depth: fc.integer({ min: 1, max: 40 }), array: fc.boolean() }) as fc.Arbitrary<Mutation>,
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Follows the seeds down the tree as far as they and the containers go: the container and the key there. */
function locate(root: { value: unknown }, seeds: readonly number[]): [Container, string | number] {
  let parent: Container = root as unknown as Container;
  let key: string | number = 'value';
  for (const seed of seeds) {
    const value: unknown = (parent as Record<string, unknown>)[key];
    if (!isContainer(value)) break;
    // Not `value.map`: a mutation may have given this array a `constructor` of its own.
    const keys = Array.isArray(value) ? Array.from({ length: value.length }, (_, index) => index) : Object.keys(value);
    if (keys.length === 0) break;
    [parent, key] = [value, keys[seed % keys.length]!];
  }
  return [parent, key];
}

function apply(root: { value: unknown }, change: Mutation): void {
  const [parent, key] = locate(root, change.at);
  const target = (parent as Record<string, unknown>)[key];
  const set = (value: unknown): void => void ((parent as Record<string, unknown>)[key] = value);
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'duplicate': // the same item twice, or a list's item repeated: duplicate ids, repeated entries
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[(change.from[0] ?? 0) % target.length]));
      else if (Array.isArray(parent)) parent.push(structuredClone(target));
      break;
    case 'huge':
      set(typeof target === 'string' ? target.repeat(Math.ceil(200_000 / Math.max(1, target.length))) : 'x'.repeat(200_000));
      break;
    case 'swap': {
      // a value from elsewhere in the file: the right shape in the wrong place
      const [from, fromKey] = locate(root, change.from);
      set(structuredClone((from as Record<string, unknown>)[fromKey]));
      break;
    }
    case 'replace':
      set(change.value);
      break;
    case 'add': // own properties, as JSON.parse makes them: `__proto__` must not set the prototype
      if (isContainer(target))
        Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      break;
    case 'nest': {
      let value = target;
      for (let level = 0; level < change.depth; level++) value = change.array ? [value] : { en: value };
      set(value);
    }
  }
}

const mutated = (files: readonly unknown[]) =>
  fc.tuple(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([index, changes]) => {
    const root = { value: structuredClone(files[index]) };
    for (const change of changes) apply(root, change);
    return { value: root.value, index, changes };
  });

/** The file as text too, when it has a JSON form (`undefined` and functions have none). */
function asText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

// ---- the properties ---------------------------------------------------------------------------

const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'schemaVersion', 'skills', 'ratings')),
});
const nonJson = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '{', '[1,]', "{'a': 1}", 'NaN', 'undefined', '{"a": 1} x', '\uFEFF{}', '<svg/onload=alert(1)>'),
);
const jsonText = fc.oneof(
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value, null, 2)),
);

describe('parseFramework and parseAssessment never throw', () => {
  for (const [name, parse, check] of [
    ['parseFramework', parseFramework, assertFramework],
    ['parseAssessment', parseAssessment, assertAssessment],
  ] as const) {
    it(`${name}: any JSON value, JSON text or other text gives a well-formed result`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), jsonText, nonJson), (input) => {
          const result = parse(input);
          check(result);
          assert.ok(!unreadable(result));
        }),
        { seed: SEED, numRuns: 2000 },
      );
    });

    it(`${name}: any JavaScript value (boxed, sparse, null-prototype, Map, Date...) gives a well-formed result`, () => {
      fc.assert(
        fc.property(anything, (input) => {
          const result = parse(input);
          check(result);
          const reason = mustFail(input, name === 'parseFramework');
          if (reason) assert.equal(result.ok, false, reason);
        }),
        { seed: SEED, numRuns: 2000 },
      );
    });
  }

  it('parseFramework: seeded mutations of every sample framework, as values and as text', () => {
    let valid = 0;
    fc.assert(
      fc.property(mutated(FRAMEWORKS), ({ value }) => {
        const result = parseFramework(value);
        assertFramework(result);
        assert.ok(!unreadable(result));
        if (result.ok) valid++;
        const reason = mustFail(value, true);
        if (reason) assert.equal(result.ok, false, reason);
        const text = asText(value);
        if (text !== undefined) assertFramework(parseFramework(text));
      }),
      { seed: SEED, numRuns: 300 },
    );
    // Some mutations (a deleted optional field, a repeated requirement) leave a valid file: both sides are tried.
    assert.ok(valid > 10 && valid < 290, `${valid} of 300 still valid`);
  });

  it('parseAssessment: seeded mutations of every sample assessment, against no framework, a parsed one, a raw one, a broken one', () => {
    const framework = fc.oneof(
      fc.constant('none'),
      fc.constant('parsed'),
      fc.constant('raw'),
      fc.constant('text'),
      mutated(FRAMEWORKS).map(({ value }) => ({ value })),
      anything.map((value) => ({ value })),
    );
    fc.assert(
      fc.property(mutated(ASSESSMENTS.map(({ sample }) => sample)), framework, ({ value, index }, choice) => {
        const own = ASSESSMENTS[index]!.framework;
        const against =
          choice === 'none'
            ? undefined
            : choice === 'parsed'
              ? (parseFramework(own) as { value: unknown }).value
              : choice === 'raw'
                ? structuredClone(own)
                : choice === 'text'
                  ? JSON.stringify(own)
                  : choice.value;
        const result = parseAssessment(value, against as never);
        assertAssessment(result, against);
        const reason = mustFail(value, false);
        if (reason) assert.equal(result.ok, false, reason);
        if (against !== undefined && !parseFramework(against).ok) {
          assert.equal(result.ok, false);
          assert.deepEqual(result.issues[0], { key: 'assessment.frameworkInvalid', path: [], severity: 'error' });
        }
        const text = asText(value);
        if (text !== undefined) assertAssessment(parseAssessment(text, against as never), against);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('hostile objects: throwing getters, proxies, cycles, sparse and huge input', () => {
    const throwing = {
      get schemaVersion(): number {
        throw new Error('boom');
      },
    };
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        has: () => {
          throw new Error('boom');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const cycle: Record<string, unknown> = { ...(structuredClone(FRAMEWORKS[0]) as object) };
    (cycle.skills as unknown[]).push(cycle);
    const selfTitled: Record<string, unknown> = structuredClone(FRAMEWORKS[0]) as Record<string, unknown>;
    selfTitled.title = selfTitled;
    let deep: unknown = 'x';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const inputs: unknown[] = [
      throwing,
      trap,
      revoked,
      cycle,
      selfTitled,
      deep,
      '['.repeat(100_000) + ']'.repeat(100_000),
      [1, , 3],
      Object.assign([], { length: 5 }),
      { ...(FRAMEWORKS[0] as object), skills: Object.assign([], { length: 3 }) },
      ' '.repeat(MAX_INPUT_CHARS + 1),
      Symbol('x'),
      10n,
      () => 1,
      new Date(NaN),
      new Map([['id', 'x']]),
      Object.create(null),
      Object.create({ schemaVersion: 1, id: 'inherited' }),
      new String('{}'),
      new Uint8Array(4),
    ];
    for (const input of inputs) {
      assertFramework(parseFramework(input));
      assertAssessment(parseAssessment(input));
      assertAssessment(parseAssessment(ASSESSMENTS[0]!.sample, input as never), input);
      assert.equal(parseFramework(input).ok, false);
    }
    // A list's holes read as `undefined`, as in its JSON they read as `null`: the same problems, not a failure to read.
    const holes = parseFramework({ ...(FRAMEWORKS[0] as object), skills: [, ,] });
    assert.deepEqual(holes.issues, parseFramework({ ...(FRAMEWORKS[0] as object), skills: [undefined, undefined] }).issues);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('parseAssessment with a framework that parseFramework has not seen', () => {
  const { sample } = ASSESSMENTS[0]!;
  const raw = () => structuredClone(byId.get('des-hr')) as Record<string, unknown>;

  it('accepts the framework as read from its file (parsed JSON without defaults, or the text), as if parsed', () => {
    const parsed = parseFramework(raw());
    assert.ok(parsed.ok);
    const expected = parseAssessment(sample, parsed.value);
    assert.ok(expected.ok, JSON.stringify(expected.issues));
    for (const framework of [raw(), JSON.stringify(raw())]) assert.deepEqual(parseAssessment(sample, framework as never), expected);
    // The framework's checks still run: a level this scale does not have is an error at its rating.
    const wrong = structuredClone(sample) as { ratings: Record<string, { level: string }> };
    const [skill] = Object.keys(wrong.ratings);
    wrong.ratings[skill!]!.level = 'grandmaster';
    const result = parseAssessment(wrong, raw() as never);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((issue) => [issue.key, issue.path]),
      [['ref.unknown', ['ratings', skill, 'level']]],
    );
  });

  it('reads a raw framework once, however many assessments are checked against it', () => {
    let reads = 0;
    const framework = new Proxy(raw(), { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) });
    assert.ok(parseAssessment(sample, framework as never).ok);
    const first = reads;
    assert.ok(first > 0);
    for (const { sample: other } of ASSESSMENTS.slice(1, 6)) parseAssessment(other, framework as never);
    assert.equal(reads, first);
  });

  it('reports a framework that is not valid at the root, with the assessment’s own problems after it', () => {
    const missingSkills = raw();
    delete missingSkills.skills;
    for (const framework of [{}, null, 'des-hr', '{"schemaVersion": 1', 42, [], missingSkills, { ...raw(), schemaVersion: 2 }]) {
      const result = parseAssessment(sample, framework as never);
      assert.equal(result.ok, false, JSON.stringify(framework));
      assert.deepEqual(result.issues, [{ key: 'assessment.frameworkInvalid', path: [], severity: 'error' }]);
    }
    const both = parseAssessment({ ...(sample as object), rater: 'boss' }, {} as never);
    assert.deepEqual(
      both.issues.map((issue) => issue.key),
      ['assessment.frameworkInvalid', 'value.choice'],
    );
  });
});
