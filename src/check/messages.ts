import { RULES } from './rules/index.js';
import type { Flag, MessageData, RuleId } from './types.js';
import type { Labels } from './locales/catalog.js';
import { ar } from './locales/ar.js';

/**
 * Messages as ids with data (ESLint's `meta.messages` and `data`): a rule raises a flag with a message
 * id and the values of its placeholders, and the text is made here from a template, English (the
 * rule's own) or another language's (src/check/locales/). A report keeps `messageId` and `data`, so a
 * consumer can render the message in a language isnad does not ship.
 */
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (x: string): x is Locale => (LOCALES as readonly string[]).includes(x);

const CATALOGS = { ar } as const;
const ENGLISH: Record<string, Record<string, string>> = Object.fromEntries(RULES.map((r) => [r.id, r.meta.messages]));
const EN_LABELS: Labels = { sourceSays: 'the source says "{{expected}}"' };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A template with each "{{name}}" replaced by data.name (a placeholder without a value stays as it is). */
export function formatMessage(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (Object.hasOwn(data, k) ? String(data[k]) : m));
}

/** The names of a template's placeholders, sorted, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** The text of a rule's message in a locale (English when none is given). */
export function renderMessage(rule: RuleId, messageId: string, data: MessageData, locale: Locale = 'en'): string {
  if (locale !== 'en') {
    const c = CATALOGS[locale];
    const t = c.messages[rule]?.[messageId];
    if (t !== undefined) return formatMessage(t, translateTerms(data, c.terms));
  }
  const t = ENGLISH[rule]?.[messageId];
  // a rule that raises an id its meta does not list is a bug of isnad's, not of the input
  if (t === undefined) throw new Error(`rule ${rule} has no message "${messageId}"`);
  return formatMessage(t, data);
}

/** The flags' messages rendered again in a locale (from their id and data; a flag of an older report without an id keeps its text). */
export function localizeFlags(flags: Flag[], locale: Locale): void {
  for (const f of flags) if (f.messageId !== undefined) f.message = renderMessage(f.rule, f.messageId, f.data ?? {}, locale);
}

/** A formatter's label in a locale. */
export function formatLabel(name: keyof Labels, data: MessageData, locale: Locale = 'en'): string {
  return formatMessage(locale === 'en' ? EN_LABELS[name] : CATALOGS[locale].labels[name], data);
}

/** The English words a rule writes as data values (a language's name, an entity's class), in the catalog's language. */
function translateTerms(data: MessageData, terms: Record<string, Record<string, string>>): MessageData {
  let out: MessageData | undefined;
  for (const [k, v] of Object.entries(data)) {
    const t = typeof v === 'string' ? terms[k]?.[v] : undefined;
    if (t !== undefined) (out ??= { ...data })[k] = t;
  }
  return out ?? data;
}
