import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ISSUE_KEYS } from '../../src/core/issues.js';
import { parseFramework } from '../../src/core/parse.js';
import { formatDay } from '../../src/i18n/format-day.js';
import { cy } from '../../src/i18n/cy.js';
import { en } from '../../src/i18n/en.js';
import { formatIssue, formatMessage, formatTime, supportedLanguage, translate } from '../../src/i18n/index.js';
import { assessEn } from '../../src/i18n/messages/assess.js';
import { commonEn } from '../../src/i18n/messages/common.js';
import { issueEn } from '../../src/i18n/messages/issues.js';
import { gapEn } from '../../src/i18n/messages/gap.js';
import { journeyEn } from '../../src/i18n/messages/journey.js';
import { ladderEn } from '../../src/i18n/messages/ladder.js';
import { roleEn } from '../../src/i18n/messages/role.js';
import { planEn } from '../../src/i18n/messages/plan.js';
import { calibrationEn } from '../../src/i18n/messages/calibration.js';
import { progressEn } from '../../src/i18n/messages/progress.js';
import { changesEn } from '../../src/i18n/messages/changes.js';
import { reviewEn } from '../../src/i18n/messages/review.js';
import { teamEn } from '../../src/i18n/messages/team.js';

describe('message catalogue', () => {
  it('has every English key in Welsh, of the same kind, with the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      assert.ok(Object.hasOwn(cy, key), `Welsh is missing ${key}`);
      assert.equal(typeof cy[key], typeof en[key], `${key} differs in kind`);
      const placeholders = (message: unknown) => [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();
      assert.deepEqual(placeholders(cy[key]), placeholders(en[key]), `${key} placeholders differ`);
    }
    assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
  });

  it('has a message for every issue key the parsers can report', () => {
    for (const key of ISSUE_KEYS) assert.ok(Object.hasOwn(en, `issue.${key}`), `no message for ${key}`);
  });

  it('uses Welsh plural forms', () => {
    const message = cy['framework.errorIntro'];
    assert.equal(formatMessage(message, 'cy', { count: 1 }), 'Cafwyd 1 broblem:');
    assert.equal(formatMessage(message, 'cy', { count: 3 }), 'Cafwyd 3 o broblemau:');
    assert.deepEqual(
      [0, 1, 2, 3, 6, 7].map((n) => new Intl.PluralRules('cy').select(n)),
      ['zero', 'one', 'two', 'few', 'many', 'other'],
    );
    assert.equal(translate('en', 'framework.moreIssues', { count: 1 }), 'and 1 more problem');
    assert.equal(translate('en', 'framework.moreIssues', { count: 1200 }), 'and 1,200 more problems');
    // A French page falls back to English text, and so to English plural forms.
    assert.equal(translate('fr', 'framework.moreIssues', { count: 0 }), 'and 0 more problems');
  });

  it('formats counts on a page whose lang is malformed, instead of throwing', () => {
    const overrides = { en_GB: { 'framework.moreIssues': { one: '{count} more', other: '{count} more!' } } };
    assert.equal(translate('en_GB', 'framework.moreIssues', { count: 1200 }, overrides), '1,200 more!');
    assert.equal(translate('en_GB', 'assess.progress', { rated: 1, count: 1 }), '1 of 1 skill rated');
    assert.match(formatTime('en_GB', new Date(Date.UTC(2026, 10, 25, 14, 5))), /\d{2}:05/);
  });

  it('resolves locales, falling back to English', () => {
    assert.equal(supportedLanguage('cy-GB'), 'cy');
    assert.equal(supportedLanguage('fr'), 'en');
    assert.equal(translate('CY', 'ladder.current'), 'Lefel bresennol');
  });

  it('lets a host override one message per language', () => {
    const overrides = { cy: { 'ladder.current': 'Ble rydw i nawr' } };
    assert.equal(translate('cy', 'ladder.current', {}, overrides), 'Ble rydw i nawr');
    assert.equal(translate('en', 'ladder.current', {}, overrides), 'Current level');
  });

  it('formats parse issues with their location in English and Welsh', () => {
    const result = parseFramework({
      schemaVersion: 1,
      id: 'x',
      version: '1',
      title: 3,
      scale: { levels: [{ id: 'a', label: 'A' }] },
      skills: [{ id: 's', name: 'S', levels: {} }],
      pathways: [{ from: 'r', to: 'q', kind: 'promotion' }],
    });
    assert.equal(result.ok, false);
    assert.equal(formatIssue(result.issues[0]!, 'en'), 'At title: This must be text or an object.');
    assert.equal(formatIssue(result.issues[0]!, 'cy'), 'Yn title: Rhaid i hwn fod yn destun neu’n wrthrych.');
  });
});

describe('calendar days', () => {
  it('writes a day out in the page language, the same day in every time zone', () => {
    assert.equal(formatDay('en', '2027-02-26'), '26 February 2027');
    assert.equal(formatDay('en-US', '2027-02-26'), 'February 26, 2027');
    // Node's Intl has Welsh; browsers without it get the same words from the catalogue (browser tests).
    assert.equal(formatDay('cy', '2027-02-26'), '26 Chwefror 2027');
    assert.equal(formatDay('en', 'not a day'), 'not a day');
    assert.equal(formatDay('en_GB', '2027-01-01'), '1 January 2027');
  });
});

describe('core purity', () => {
  it('imports only zod and itself, and the importers their parsers', () => {
    const root = new URL('../../src/core/', import.meta.url);
    const files = readdirSync(root, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'));
    assert.ok(files.length > 5);
    for (const file of files) {
      const source = readFileSync(new URL(file, root), 'utf8');
      for (const [, specifier] of source.matchAll(/from '([^']+)'/g)) {
        const parser = file.startsWith('io/') && ['papaparse', 'parse5'].includes(specifier!);
        assert.ok(specifier!.startsWith('.') || specifier === 'zod/mini' || parser, `${file} imports ${specifier}`);
        const depth = file.split('/').length - 1;
        assert.ok(!specifier!.startsWith('../'.repeat(depth + 1)), `${file} reaches outside core: ${specifier}`);
      }
    }
  });
});

describe('message sets by element', () => {
  const SETS: Record<string, Record<string, unknown>> = {
    commonMessages: commonEn,
    // Loaded by every element the first time it has a problem to report (shared/issue-summary.ts).
    issueMessages: issueEn,
    ladderMessages: ladderEn,
    assessMessages: assessEn,
    gapMessages: gapEn,
    roleMessages: roleEn,
    journeyMessages: journeyEn,
    teamMessages: teamEn,
    planMessages: planEn,
    calibrationMessages: calibrationEn,
    progressMessages: progressEn,
    changesMessages: changesEn,
    reviewMessages: reviewEn,
  };
  const source = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');
  const literalKeys = (text: string) =>
    [
      ...text.matchAll(
        /['`]((?:framework|issue|type|kind|common|ladder|assess|gap|role|journey|team|plan|calibration|progress|changes)\.[a-zA-Z.-]+)['`]/g,
      ),
    ]
      .map((match) => match[1]!)
      .filter((key) => Object.hasOwn(en, key));

  it('gives every element every message it names (a missing set would show keys on the page)', () => {
    const shared = ['shared/framework-element.ts', 'shared/level-descriptors.ts', 'shared/issue-summary.ts', 'shared/rich-text.ts'];
    for (const element of readdirSync(new URL('../../src/elements/', import.meta.url))) {
      const code = source(`elements/${element}/${element}.ts`);
      const sets = /catalogue = mergeMessages\(([^)]*)\)/
        .exec(code)?.[1]
        ?.split(',')
        .map((name) => name.trim()) ?? ['commonMessages'];
      const known = new Set(sets.flatMap((name) => Object.keys(SETS[name]!)));
      // Every module of the element's folder (its views too), and the gap chart's summary in charts/.
      const modules = readdirSync(new URL(`../../src/elements/${element}/`, import.meta.url)).filter((file) => file.endsWith('.ts'));
      const used = [
        ...modules.flatMap((file) => literalKeys(source(`elements/${element}/${file}`))),
        ...(element === 'gap-chart' ? literalKeys(source('charts/gap-summary.ts')) : []),
      ];
      assert.deepEqual(
        used.filter((key) => !known.has(key)),
        [],
        element,
      );
    }
    for (const file of shared)
      assert.deepEqual(
        literalKeys(source(file)).filter((key) => !Object.hasOwn(commonEn, key)),
        [],
        file,
      );
  });

  it('splits the catalogue without losing or repeating a key', () => {
    const keys = Object.values(SETS).flatMap((set) => Object.keys(set));
    assert.equal(new Set(keys).size, keys.length);
    assert.deepEqual(new Set(keys), new Set(Object.keys(en)));
  });
});
