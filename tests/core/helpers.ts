import { readFileSync } from 'node:fs';
import { parseFramework } from '../../src/core/parse.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework, FrameworkInput } from '../../src/core/schema/framework.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url);

/** A fixture file as parsed JSON (unvalidated), for tests that break it on purpose. */
export function readFixture(name: string): FrameworkInput {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as FrameworkInput;
}

/** A framework written in a test, which must be valid: the test fails loudly if it is not. */
export function validFramework(input: FrameworkInput): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(`test framework ${input.id} is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A fixture that must be valid: the test fails loudly if it is not. */
export function loadFixture(name: string): Framework {
  const result = parseFramework(readFixture(name));
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A draft self-assessment of a framework with these ratings. */
export function assessmentOf(framework: Framework, ratings: Assessment['ratings']): Assessment {
  return { schemaVersion: 1, framework: { id: framework.id, version: framework.version }, rater: 'self', status: 'draft', ratings };
}
