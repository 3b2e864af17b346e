import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SCHOLARSHIP_MODULE } from "../../../../../modules/scholarship"
import type ScholarshipModuleService from "../../../../../modules/scholarship/service"

export const SCHOLARSHIP_FIELDS = [
  "id",
  "code",
  "recipient_email",
  "recipient_phone",
  "recipient_name",
  "coverage",
  "percent",
  "max_seat_price",
  "reserved_amount",
  "spent_amount",
  "expires_at",
  "status",
  "issued_by",
  "note",
  "order_id",
  "redeemed_at",
  "revoked_at",
  "created_at",
]

/**
 * A code past its end reads «expired» whether or not the every-10-minutes job has released its
 * hold yet (the hold itself stays until the job: a checkout may still be finishing).
 */
export const shownStatus = (s: { status: string; expires_at: Date | string }, now = new Date()) =>
  s.status === "issued" && new Date(s.expires_at).getTime() <= now.getTime() ? "expired" : s.status

export async function centerScholarships(scope: MedusaContainer, centerId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "scholarship",
    fields: SCHOLARSHIP_FIELDS,
    filters: { center_id: centerId },
    pagination: { order: { created_at: "DESC" }, take: 500 },
  })
  return data.map((s: any) => ({ ...s, status: shownStatus(s) }))
}

export const centerBudget = (scope: MedusaContainer, centerId: string) =>
  (scope.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService).budgetOf(centerId)
