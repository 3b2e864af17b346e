// Validation errors of the seller and manager API, turned into per-field messages of our forms.
//
// The backend answers 400 with `{ message }`: a zod failure is «Invalid request: <issue>; <issue>»,
// where our own checks start with the field (`inn: неверный ИНН (проверьте цифры)`) and zod's
// generic ones name it in quotes (`Field 'name' is required`, `Value for field 'title' too small…`);
// workflow errors are a bare `<field>: <text>` (`handle: этот адрес страницы уже занят`).
import type { MessageKey, MessageParams } from "./i18n";
import { t, type Locale } from "./i18n";

/**
 * A message shown next to a field: a dictionary key, or the backend's own (Russian) text —
 * with, when we recognise it, the key that says the same in other languages.
 */
export type FieldMessage =
  | MessageKey
  | { key: MessageKey; params?: MessageParams }
  | { text: string; key?: MessageKey; params?: MessageParams };

export function messageText(locale: Locale, message: FieldMessage): string {
  if (typeof message === "string") return t(locale, message);
  if ("text" in message) return locale !== "ru" && message.key ? t(locale, message.key, message.params) : message.text;
  return t(locale, message.key, message.params);
}

export interface BackendIssue {
  /** The form field the issue is about (first segment of its path), or null. */
  field: string | null;
  /** The issue's text without the field name. */
  text: string;
}

const CYRILLIC = /[А-Яа-яЁё]/;

/** Split a backend message into its issues, each with the field it names. */
export function parseBackendMessage(message: string, bare: [RegExp, string][] = []): BackendIssue[] {
  const body = message.replace(/^\s*Invalid request:\s*/i, "").trim();
  if (!body) return [];
  return body
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): BackendIssue => {
      // «inn: неверный ИНН», «variants.0.price: …», «center_ids: …»
      const own = /^([a-z_][a-z0-9_]*)(?:[.,\s]+[a-z0-9_]+)*:\s*(.+)$/i.exec(part);
      if (own) return { field: own[1], text: own[2].trim() };
      // zod's generic messages: «Field 'name' is required», «… for field 'variants, 0, price' …»
      const quoted = /field '([a-z_][a-z0-9_]*)/i.exec(part);
      if (quoted) return { field: quoted[1], text: part };
      for (const [re, field] of bare) if (re.test(part)) return { field, text: part };
      return { field: null, text: part };
    });
}

/** «неверный ИНН (проверьте цифры)» → «Неверный ИНН (проверьте цифры).» */
export function sentence(text: string): string {
  const s = text.trim();
  if (!s) return s;
  const first = s[0].toUpperCase() + s.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}

export interface MappedErrors<F extends string> {
  fields: Partial<Record<F, FieldMessage>>;
  /** Issues that belong to no field of the form. */
  general: FieldMessage[];
}

export interface MapOptions<F extends string> {
  /** Backend field → form field (e.g. `variants` → `price`). */
  aliases?: Partial<Record<string, F>>;
  /** Messages that name no field but belong to one. */
  bare?: [RegExp, F][];
  /** Known Russian texts → the dictionary key that says the same (for English pages). */
  known?: [RegExp, MessageKey, ((m: RegExpExecArray) => MessageParams)?][];
  /** What to show for a field whose backend text is not Russian (zod's English). */
  fallback: (field: F) => MessageKey;
  /** What to show for a general issue whose text is not Russian. */
  generalFallback: MessageKey;
}

/** Map a backend error message onto the fields of a form. */
export function mapBackendErrors<F extends string>(
  message: string,
  formFields: readonly F[],
  options: MapOptions<F>,
): MappedErrors<F> {
  const result: MappedErrors<F> = { fields: {}, general: [] };
  const known = options.known ?? [];
  const describe = (text: string, fallback: MessageKey): FieldMessage => {
    for (const [re, key, params] of known) {
      const m = re.exec(text);
      if (m) return { text: CYRILLIC.test(text) ? sentence(text) : "", key, params: params?.(m) };
    }
    return CYRILLIC.test(text) ? { text: sentence(text) } : fallback;
  };
  for (const issue of parseBackendMessage(message, options.bare as [RegExp, string][] | undefined)) {
    const mapped = issue.field ? (options.aliases?.[issue.field] ?? issue.field) : null;
    const field = mapped && (formFields as readonly string[]).includes(mapped) ? (mapped as F) : null;
    if (field) {
      if (!result.fields[field]) result.fields[field] = fixEmpty(describe(issue.text, options.fallback(field)));
    } else {
      result.general.push(fixEmpty(describe(issue.text, options.generalFallback)));
    }
  }
  return result;
}

/** A known key matched an English text: no Russian text to show, so the key speaks for every locale. */
function fixEmpty(message: FieldMessage): FieldMessage {
  if (typeof message === "object" && "text" in message && !message.text && message.key) {
    return { key: message.key, params: message.params };
  }
  return message;
}
