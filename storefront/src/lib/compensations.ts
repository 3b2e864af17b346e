// Materials compensations (issue 6): a center's manager records what the center pays an artisan
// for a class's materials (`/manage/centers/:id/compensations`); the artisan sees them among the
// earnings. One <select> carries class and session together, so the form needs no JavaScript.
import { actorFetch } from "./accounts";
import type { BackendIssue } from "./backend-errors";
import { parseBackendMessage } from "./backend-errors";
import type { MessageKey } from "./i18n";
import type { Sdk } from "./medusa";

export interface Compensation {
  id: string;
  amount: number;
  note: string;
  recorded_at: string;
  cancelled_at: string | null;
  session_id: string | null;
  session_starts_at: string | null;
  class: { id: string; title: string };
  artisan: { id: string; name: string };
}

export interface CompensableClass {
  id: string;
  title: string;
  artisan: { id: string; name: string };
  sessions: { id: string; starts_at: string; status: string }[];
}

export interface CompensationBody {
  product_id: string;
  session_id?: string;
  amount: number;
  note?: string;
}

export type CompensationField = "target" | "amount" | "note";

const base = (centerId: string) => `/manage/centers/${encodeURIComponent(centerId)}/compensations`;

export async function listCenterCompensations(
  sdk: Sdk,
  token: string,
  centerId: string,
): Promise<{ compensations: Compensation[]; classes: CompensableClass[] }> {
  const res = await actorFetch<{ compensations: Compensation[]; classes: CompensableClass[] }>(sdk, token, base(centerId));
  return { compensations: res.compensations ?? [], classes: res.classes ?? [] };
}

export async function recordCompensation(sdk: Sdk, token: string, centerId: string, body: CompensationBody): Promise<Compensation> {
  return (await actorFetch<{ compensation: Compensation }>(sdk, token, base(centerId), { method: "POST", body })).compensation;
}

export async function cancelCompensation(sdk: Sdk, token: string, centerId: string, entryId: string): Promise<void> {
  await actorFetch(sdk, token, `${base(centerId)}/${encodeURIComponent(entryId)}/cancel`, { method: "POST", body: {} });
}

/** The select's value: "<class>" (no particular session) or "<class>|<session>". */
export function targetValue(productId: string, sessionId?: string | null): string {
  return sessionId ? `${productId}|${sessionId}` : productId;
}

export function parseTarget(value: string): { product_id: string; session_id?: string } | null {
  const m = /^([A-Za-z0-9_]{1,100})(?:\|([A-Za-z0-9_]{1,100}))?$/.exec(value.trim());
  if (!m) return null;
  return m[2] ? { product_id: m[1], session_id: m[2] } : { product_id: m[1] };
}

/**
 * "1 250,50", "1250.5", "1 250 ₽" → 1250.5; null when it is not a sum of rubles with at most
 * kopecks (the backend checks again, this only spares a round trip).
 */
export function parseRubles(value: string): number | null {
  const clean = value.replace(/[\s\u00a0\u202f]/g, "").replace(/(₽|руб\.?|р\.?)$/i, "").replace(",", ".");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(clean)) return null;
  const n = Number(clean);
  return n > 0 ? n : null;
}

export interface CompensationValues {
  target: string;
  amount: string;
  note: string;
}

/** The form's values checked: a body for the API, or the fields' error keys. */
export function validateCompensation(values: CompensationValues): {
  body: CompensationBody | null;
  errors: Partial<Record<CompensationField, MessageKey>>;
} {
  const errors: Partial<Record<CompensationField, MessageKey>> = {};
  const target = parseTarget(values.target);
  if (!target) errors.target = "compensations.error.target";
  const amount = parseRubles(values.amount);
  if (amount === null) errors.amount = values.amount.trim() ? "compensations.error.amount" : "compensations.error.amountMissing";
  else if (amount > 1_000_000) errors.amount = "compensations.error.amountTooBig";
  const note = values.note.trim();
  if (note.length > 500) errors.note = "compensations.error.noteTooLong";
  if (Object.keys(errors).length || !target || amount === null) return { body: null, errors };
  return { body: { ...target, amount, ...(note ? { note } : {}) }, errors };
}

/** The backend's «field: текст» issues, put at the form's fields (class and session share one). */
export function mapCompensationErrors(message: string): { fields: Partial<Record<CompensationField, string>>; general: string[] } {
  const fields: Partial<Record<CompensationField, string>> = {};
  const general: string[] = [];
  for (const issue of parseBackendMessage(message) as BackendIssue[]) {
    const field: CompensationField | null =
      issue.field === "product_id" || issue.field === "session_id" ? "target" : issue.field === "amount" || issue.field === "note" ? issue.field : null;
    if (field && !fields[field]) fields[field] = issue.text;
    else general.push(issue.text);
  }
  return { fields, general };
}
