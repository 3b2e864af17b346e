// Scholarships (issue 6): the manager's codes and budget (`/manage/centers/:id/scholarships`), and
// a resident's code in the cart (`/store/carts/:id/scholarship`, which says in Russian why a code
// cannot be used; Medusa's own promotions route would take it silently and give no discount).
import { actorFetch } from "./accounts";
import type { MessageKey } from "./i18n";
import type { Sdk } from "./medusa";

export type ScholarshipStatus = "issued" | "redeemed" | "expired" | "revoked";
export const SCHOLARSHIP_STATUSES: readonly ScholarshipStatus[] = ["issued", "redeemed", "expired", "revoked"];

export interface Scholarship {
  id: string;
  code: string;
  recipient_email: string | null;
  recipient_phone: string | null;
  recipient_name: string | null;
  coverage: "full" | "percent";
  percent: number;
  max_seat_price: number;
  reserved_amount: number;
  spent_amount: number;
  expires_at: string;
  status: ScholarshipStatus;
  note: string;
  order_id: string | null;
  created_at: string;
}

export interface ScholarshipBudget {
  total: number;
  reserved: number;
  spent: number;
  available: number;
}

const base = (centerId: string) => `/manage/centers/${encodeURIComponent(centerId)}/scholarships`;

export function listCenterScholarships(sdk: Sdk, token: string, centerId: string) {
  return actorFetch<{ scholarships: Scholarship[]; budget: ScholarshipBudget }>(sdk, token, base(centerId));
}

export async function issueScholarship(sdk: Sdk, token: string, centerId: string, body: Record<string, unknown>): Promise<Scholarship> {
  const { scholarship } = await actorFetch<{ scholarship: Scholarship }>(sdk, token, base(centerId), { method: "POST", body });
  return scholarship;
}

export async function revokeScholarship(sdk: Sdk, token: string, centerId: string, id: string): Promise<void> {
  await actorFetch(sdk, token, `${base(centerId)}/${encodeURIComponent(id)}/revoke`, { method: "POST", body: {} });
}

export async function setScholarshipBudget(sdk: Sdk, token: string, centerId: string, total: number | string): Promise<void> {
  await actorFetch(sdk, token, `${base(centerId)}/budget`, { method: "POST", body: { total } });
}

// ---- the resident's cart ------------------------------------------------------------------------

export async function applyCartCode(sdk: Sdk, cartId: string, code: string): Promise<{ code: string; discount: number }> {
  return sdk.client.fetch(`/store/carts/${encodeURIComponent(cartId)}/scholarship`, { method: "POST", body: { code } as never });
}

export async function removeCartCode(sdk: Sdk, cartId: string, code: string): Promise<void> {
  await sdk.client.fetch(`/store/carts/${encodeURIComponent(cartId)}/promotions`, {
    method: "DELETE",
    body: { promo_codes: [code] } as never,
  });
}

/** The backend's «code: …» refusal → what the cart says (the same words in both languages). */
export function cartCodeError(message: string): MessageKey {
  const text = message.replace(/^code:\s*/, "");
  if (/уже использован/.test(text)) return "cart.code.errorUsed";
  if (/истёк/.test(text)) return "cart.code.errorExpired";
  if (/отозван/.test(text)) return "cart.code.errorRevoked";
  if (/только на мастер-классы центра/.test(text)) return "cart.code.errorCenter";
  if (/нет места на мастер-класс/.test(text)) return "cart.code.errorNoSeat";
  if (/дороже, чем покрывает стипендия/.test(text)) return "cart.code.errorPrice";
  return "cart.code.errorInvalid";
}

export const SCHOLARSHIP_FIELDS = [
  "recipient_email",
  "recipient_phone",
  "recipient_name",
  "coverage",
  "percent",
  "max_seat_price",
  "expires_at",
  "note",
] as const;
export type ScholarshipField = (typeof SCHOLARSHIP_FIELDS)[number];
export type ScholarshipValues = Record<ScholarshipField, string>;

/** The issue form as typed; empty fields are left out of the request (the backend's defaults). */
export function scholarshipFromForm(form: FormData): ScholarshipValues {
  const get = (name: string, max = 500) => String(form.get(name) ?? "").trim().slice(0, max);
  return {
    recipient_email: get("recipient_email", 200),
    recipient_phone: get("recipient_phone", 40),
    recipient_name: get("recipient_name", 120),
    coverage: get("coverage", 10) === "percent" ? "percent" : "full",
    percent: get("percent", 5),
    max_seat_price: get("max_seat_price", 10),
    expires_at: get("expires_at", 30),
    note: get("note", 500),
  };
}

export function scholarshipBody(values: ScholarshipValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of SCHOLARSHIP_FIELDS) {
    if (f === "percent" && values.coverage !== "percent") continue;
    if (values[f] !== "") body[f] = values[f];
  }
  return body;
}

/** A month from today (Moscow), as the date field's default. */
export function defaultExpiry(now = new Date()): string {
  return new Date(now.getTime() + 3 * 3600_000 + 30 * 24 * 3600_000).toISOString().slice(0, 10);
}
