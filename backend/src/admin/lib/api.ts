import { sdk } from "./sdk"

import type { OpeningHours, Weekday } from "../../modules/center/types"
import type { FeedbackRow, MonthlyRow, PeriodTotals, StatusMixRow, TransitionRow } from "../../modules/impact/report"

export type { OpeningHours, Weekday }

/** A center's scholarship budget, ₽: `reserved` is held by codes still usable, `available` what is left to issue. */
export type ScholarshipBudget = { center_id: string; total: number; reserved: number; spent: number; available: number }

/** GET /admin/impact (src/api/utils/impact-dashboard.ts builds it). */
export type ImpactReport = {
  period: { from: string; to: string; center_id: string | null; time_zone: string }
  totals: PeriodTotals
  monthly: MonthlyRow[]
  status_mix: StatusMixRow[]
  transitions: TransitionRow[]
  feedback: { months: FeedbackRow[]; total: FeedbackRow }
  ready_to_teach: {
    customer_id: string | null
    name: string | null
    email: string | null
    phone: string | null
    center_id: string
    center_name: string | null
    answered_at: string
  }[]
}

export type CenterManager = {
  id: string
  email: string
  first_name: string
  last_name: string
  phone: string | null
  name: string
}

export type AdminCenter = {
  id: string
  handle: string
  name: string
  district: string
  address: string
  lat: number
  lng: number
  opening_hours: OpeningHours
  phone: string | null
  email: string | null
  description: string
  fee_rate: number
  status: "active" | "closed"
  sales_channel_id: string | null
  stock_location_id: string | null
  managers: CenterManager[]
}

export type Membership = { center_id: string; center_name: string | null; status: string }

export type SellerStatus = "pending" | "approved" | "suspended"

export type AdminSeller = {
  id: string
  handle: string
  name: string
  tax_status: "npd" | "ip" | "individual" | "organization"
  inn: string
  status: SellerStatus
  email: string | null
  phone: string | null
  memberships: Membership[]
}

export type ProductOrigin = {
  product: { id: string; title: string; status: string }
  seller: (Omit<AdminSeller, "memberships" | "email" | "phone">) | null
  centers: {
    id: string
    handle: string
    name: string
    district: string
    status: "active" | "closed"
    sales_channel_id: string
    membership_status: string | null
  }[]
}

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

export const api = {
  listCenters: (query: Record<string, string | number | undefined>) =>
    sdk.client.fetch<Page<"centers", AdminCenter> & { districts: string[] }>("/admin/centers", { query }),
  getCenter: (id: string) => sdk.client.fetch<{ center: AdminCenter }>(`/admin/centers/${id}`),
  createCenter: (body: Record<string, unknown>) =>
    sdk.client.fetch<{ center: AdminCenter; storefront_linked: boolean }>("/admin/centers", { method: "POST", body }),
  updateCenter: (id: string, body: Record<string, unknown>) =>
    sdk.client.fetch<{ center: AdminCenter }>(`/admin/centers/${id}`, { method: "POST", body }),
  addManager: (centerId: string, body: Record<string, unknown>) =>
    sdk.client.fetch<{ manager: CenterManager; created: boolean; center: AdminCenter }>(
      `/admin/centers/${centerId}/managers`,
      { method: "POST", body }
    ),
  removeManager: (centerId: string, managerId: string) =>
    sdk.client.fetch<{ center: AdminCenter }>(`/admin/centers/${centerId}/managers/${managerId}`, {
      method: "DELETE",
    }),
  listSellers: (query: Record<string, string | number | undefined>) =>
    sdk.client.fetch<Page<"sellers", AdminSeller>>("/admin/sellers", { query }),
  setSellerStatus: (id: string, status: "approved" | "suspended") =>
    sdk.client.fetch<{ seller: AdminSeller }>(`/admin/sellers/${id}/status`, { method: "POST", body: { status } }),
  getScholarshipBudget: (centerId: string) =>
    sdk.client.fetch<{ budget: ScholarshipBudget }>(`/admin/centers/${centerId}/scholarship-budget`),
  setScholarshipBudget: (centerId: string, total: number) =>
    sdk.client.fetch<{ budget: ScholarshipBudget }>(`/admin/centers/${centerId}/scholarship-budget`, { method: "POST", body: { total } }),
  getImpact: (query: { from?: string; to?: string; center_id?: string }) =>
    sdk.client.fetch<{ impact: ImpactReport }>("/admin/impact", { query }),
  productOrigin: (productId: string) => sdk.client.fetch<ProductOrigin>(`/admin/products/${productId}/origin`),
}

export type FieldErrors = Record<string, string>

/**
 * Our API answers a wrong input with "field: сообщение; other_field: сообщение";
 * this splits it back so each form field shows its own error.
 */
export function parseApiError(error: unknown): { message: string; fields: FieldErrors } {
  const raw: string = (error as any)?.message || "Не удалось выполнить запрос"
  const message = raw.replace(/^Invalid request: /, "")
  const fields: FieldErrors = {}
  for (const part of message.split("; ")) {
    const ours = part.match(/^([a-z_]+(?:\.[a-z0-9_]+)*): ([\s\S]+)$/)
    if (ours) {
      fields[ours[1]] ??= ours[2]
      continue
    }
    // Medusa's own wording, e.g. "Field 'lat' is required"
    const theirs = part.match(/field '([^']+)'/i)
    if (theirs) {
      fields[theirs[1].replace(/, /g, ".")] ??= part
    }
  }
  return { message, fields }
}

/** The part of an error not shown at any field (to show above the form). */
export function generalError(message: string, fields: FieldErrors, shown: string[]) {
  const unshown = Object.entries(fields).filter(([field]) => !shown.some((s) => field === s || field.startsWith(`${s}.`)))
  if (!Object.keys(fields).length) {
    return message
  }
  return unshown.map(([field, text]) => `${field}: ${text}`).join("; ") || null
}
