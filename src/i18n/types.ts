/** A message whose wording depends on a count; `other` is always required. */
export type PluralMessage = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type MessageParams = Readonly<Record<string, string | number>>;

/** The Welsh (or any other language's) side of a set of English messages: every key, plural where English is. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralMessage };
