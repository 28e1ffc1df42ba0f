/** A message whose wording depends on a count; `other` is always required. */
export type PluralMessage = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;
export type MessageParams = Readonly<Record<string, string | number>>;
