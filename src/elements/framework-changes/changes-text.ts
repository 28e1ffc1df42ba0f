import { html, nothing, type TemplateResult } from 'lit';
import type { Framework } from '../../core/schema/framework.js';
import { pickLanguage, type Text } from '../../core/schema/text.js';
import type { FrameworkDiff } from '../../core/versions/diff.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { describeDiff, type DiffSection } from '../../i18n/diff-text.js';
import type { MessageParams } from '../../i18n/types.js';
import { markLanguage } from '../../shared/rich-text.js';

/** A finding's sentence, in pieces: message text, and framework names marked with their language. */
export type Sentence = readonly (string | TemplateResult)[];

/** Framework names (as shown on a page in `locale`) that are in another language, with that language. */
function foreignNames(frameworks: readonly Framework[], locale: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const framework of frameworks) {
    const texts: (readonly [string, Text])[] = [
      ...framework.skills.map((skill) => [skill.id, skill.name] as const),
      ...framework.scale.levels.map((level) => [level.id, level.label] as const),
      ...framework.categories.map((category) => [category.id, category.name] as const),
      ...framework.roles.flatMap((role) => [
        [role.id, role.title] as const,
        ...(role.levels ?? []).map((level) => [level.id, level.title] as const),
      ]),
      ...framework.learning.map((item) => [item.id, item.title] as const),
    ];
    for (const [id, value] of texts) {
      const lang = markLanguage(value, locale, framework.language ?? 'en');
      if (lang === nothing) continue;
      // As `describeDiff` names things with `ids`: the name, then its id.
      names.set(pickLanguage(value, locale), lang).set(`${pickLanguage(value, locale)} (${id})`, lang);
    }
  }
  return names;
}

/**
 * `describeDiff`, with each name in another language than the page's kept apart in its sentence so it
 * can be marked with its `lang` (WCAG 3.1.2): a Welsh sentence about an English-only framework names its
 * skills in English. Names joined into a list ("A and B") stay unmarked: the list is in the page's language.
 */
export function describeForPage(
  diff: FrameworkDiff,
  old: Framework,
  next: Framework,
  options: { readonly locale: string; readonly ids: boolean; readonly t: (key: MessageKey, params?: MessageParams) => string },
): { sections: DiffSection[]; sentence: (text: string) => Sentence } {
  const { locale, ids, t } = options;
  const names = foreignNames([next, old], locale);
  const pieces: string[] = [];
  // The markers are control characters, which no message holds (as in `messageWith`); framework text
  // goes into the messages only as a marker, and comes out only as a text binding.
  const mark = (value: string | number) =>
    typeof value === 'string' && names.has(value) ? `\u0001${pieces.push(value) - 1}\u0001` : value;
  const translate = (key: MessageKey, params?: MessageParams) =>
    t(key, params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, mark(value)])));
  const sections = describeDiff(diff, old, next, { locale, ids, translate });
  const sentence = (text: string): Sentence =>
    text.split('\u0001').map((part, i) => {
      if (i % 2 === 0) return part;
      const name = pieces[Number(part)]!;
      return html`<span lang=${names.get(name)!}>${name}</span>`;
    });
  return { sections, sentence };
}
