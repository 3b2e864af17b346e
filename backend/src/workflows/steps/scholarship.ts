import { randomBytes } from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SCHOLARSHIP_MODULE } from "../../modules/scholarship"
import { formatCode, reservationFor, type Coverage } from "../../modules/scholarship/rules"
import type ScholarshipModuleService from "../../modules/scholarship/service"
import { MASTERCLASS_TYPE_VALUE } from "./class-sessions"

const service = (container: any) => container.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService

export type IssueScholarshipInput = {
  center_id: string
  manager_id: string
  recipient_email?: string | null
  recipient_phone?: string | null
  recipient_name?: string | null
  coverage: Coverage
  percent?: number | null
  max_seat_price: number
  expires_at: string
  note?: string | null
}

/**
 * What the promotion needs: the center's shop (sales channel), the master-class product type, a
 * fresh code, and what the code can cost at most (reserved from the budget next).
 */
export const planScholarshipStep = createStep("plan-scholarship", async (input: IssueScholarshipInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [center] } = await query.graph({
    entity: "center",
    fields: ["id", "name", "sales_channel.id"],
    filters: { id: input.center_id },
  })
  const salesChannelId = (center as any)?.sales_channel?.id as string | undefined
  if (!center || !salesChannelId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Центр не найден")
  }
  if (!input.recipient_email && !input.recipient_phone) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "recipient_email: укажите почту или телефон жителя")
  }
  if (input.coverage === "percent" && !input.percent) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "percent: укажите процент от 1 до 99")
  }
  if (new Date(input.expires_at).getTime() <= Date.now()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: срок действия должен закончиться в будущем")
  }
  const product = container.resolve(Modules.PRODUCT)
  let [type] = await product.listProductTypes({ value: MASTERCLASS_TYPE_VALUE })
  if (!type) {
    // a center with no classes yet: the type the first class will get
    type = await product.createProductTypes({ value: MASTERCLASS_TYPE_VALUE })
  }
  const percent = input.coverage === "full" ? 100 : Number(input.percent)
  return new StepResponse({
    center_name: (center as any).name as string,
    sales_channel_id: salesChannelId,
    masterclass_type_id: type.id,
    code: formatCode(randomBytes(8)),
    percent,
    reserved_amount: reservationFor(input.coverage, percent, input.max_seat_price),
  })
})

/** The budget check: holds the amount or refuses (see the service); undone by giving it back. */
export const reserveScholarshipBudgetStep = createStep(
  "reserve-scholarship-budget",
  async (input: { center_id: string; amount: number }, { container }) => {
    const budget = await service(container).reserve(input.center_id, input.amount)
    return new StepResponse(budget, input)
  },
  async (held, { container }) => {
    if (held) await service(container).release(held.center_id, held.amount)
  }
)

export const createScholarshipStep = createStep(
  "create-scholarship",
  async (data: Record<string, any>, { container }) => {
    const created = await service(container).createScholarships(data as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteScholarships(id)
  }
)

/** The resident with this e-mail (or, failing that, phone), if they have an account. */
export const scholarshipRecipientStep = createStep(
  "scholarship-recipient",
  async (input: { email?: string | null; phone?: string | null }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [byEmail] = input.email ? await customers.listCustomers({ email: input.email }, { take: 1 }) : []
    const [byPhone] = !byEmail && input.phone ? await customers.listCustomers({ phone: input.phone } as any, { take: 1 }) : []
    const customer = byEmail ?? byPhone
    return new StepResponse({
      customer_id: (customer?.id as string) ?? null,
      email: input.email ?? (customer?.email as string) ?? null,
    })
  }
)

export const revokeScholarshipStep = createStep(
  "revoke-scholarship",
  async (input: { id: string; center_id: string; by: string }, { container }) => {
    const revoked = await service(container).revoke(input)
    return new StepResponse(revoked, { ...revoked, center_id: input.center_id })
  },
  async (revoked, { container }) => {
    if (revoked) await service(container).unrevoke(revoked)
  }
)

export const expireScholarshipsStep = createStep("expire-scholarships", async (input: { now?: string }, { container }) => {
  // not undone: an expired code's hold going back is right even if switching its promotion off fails
  const expired = await service(container).expireDue(input.now ? new Date(input.now) : new Date())
  return new StepResponse(expired)
})

/** The order that a claimed code became (the checkout claimed it by cart). */
export const attachScholarshipOrderStep = createStep(
  "attach-scholarship-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [link] } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
    const cartId = (link as any)?.cart_id
    if (!cartId) return new StepResponse([] as string[])
    const claimed = await service(container).listScholarships({ cart_id: cartId, status: "redeemed", order_id: null })
    if (claimed.length) {
      await service(container).updateScholarships(claimed.map((s) => ({ id: s.id, order_id: input.order_id })))
    }
    return new StepResponse(claimed.map((s) => s.id), claimed.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await service(container).updateScholarships(ids.map((id) => ({ id, order_id: null })))
  }
)
