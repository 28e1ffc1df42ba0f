import type { Issue } from '../core/issues.js';
import type { MessageKey } from './catalogue.js';
import { formatPath } from './translate.js';
import type { MessageParams } from './types.js';

/** A translator: a key and its parameters in, a sentence out; `has` says whether a key is known. */
export interface Translator {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly has: (key: string) => boolean;
}

/** What an issue says, without where it is: its parameters' type and kind names in words too. */
export function issueText(issue: Pick<Issue, 'key' | 'params'>, { t, has }: Translator): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.expected === 'string') {
    const words = params.expected.split('|').map((type) => (has(`type.${type}`) ? t(`type.${type}` as MessageKey) : type));
    params.expected = [...new Set(words)].join(t('type.or'));
  }
  if (typeof params.kind === 'string' && has(`kind.${params.kind}`)) params.kind = t(`kind.${params.kind}` as MessageKey);
  return t(`issue.${issue.key}`, params);
}

/** One issue as a sentence, with where it is. */
export function issueSentence(issue: Issue, translator: Translator): string {
  const message = issueText(issue, translator);
  return issue.path.length === 0
    ? translator.t('issue.root', { message })
    : translator.t('issue.location', { path: formatPath(issue.path), message });
}
