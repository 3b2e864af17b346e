import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPromotionsWorkflow,
  sendNotificationsStep,
  updatePromotionsStatusWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SCHOLARSHIP_MODULE } from "../modules/scholarship"
import type ScholarshipModuleService from "../modules/scholarship/service"
import { moscowDateTime } from "../modules/masterclass/utils/tickets"
import {
  attachScholarshipOrderStep,
  createScholarshipStep,
  expireScholarshipsStep,
  planScholarshipStep,
  reserveScholarshipBudgetStep,
  revokeScholarshipStep,
  scholarshipRecipientStep,
  type IssueScholarshipInput,
} from "./steps/scholarship"

export const SCHOLARSHIP_ISSUED_TEMPLATE = "scholarship-issued"

/**
 * A manager gives a resident a code for one master-class seat at the center. Order matters: the
 * budget is held first (the step that can refuse under concurrency), then the Medusa promotion that
 * does the discount at checkout, then our row; a failure undoes the earlier steps, so a refused
 * issue leaves neither a promotion nor a hold behind.
 */
export const issueScholarshipWorkflow = createWorkflow("issue-scholarship", (input: IssueScholarshipInput) => {
  const plan = planScholarshipStep(input)
  reserveScholarshipBudgetStep(
    transform({ input, plan }, ({ input, plan }) => ({ center_id: input.center_id, amount: plan.reserved_amount }))
  )
  const promotionsData = transform({ input, plan }, ({ input, plan }) => [
    {
      code: plan.code,
      type: "standard" as const,
      status: "active" as const,
      is_automatic: false,
      // single use: Medusa counts it at cart completion under a row lock (registerUsage)
      limit: 1,
      // only in this center's shop
      rules: [{ attribute: "sales_channel_id", operator: "eq" as const, values: [plan.sales_channel_id] }],
      // the campaign's end is Medusa's own expiry: the code stops applying to carts
      campaign: {
        name: `Стипендия ${plan.code}`,
        campaign_identifier: plan.code,
        starts_at: new Date(),
        ends_at: new Date(input.expires_at),
      },
      application_method:
        input.coverage === "full"
          ? // the whole seat up to the cap; a dearer seat costs the resident the difference
            {
              type: "fixed" as const,
              target_type: "items" as const,
              allocation: "once" as const,
              max_quantity: 1,
              value: input.max_seat_price,
              currency_code: "rub",
              target_rules: [{ attribute: "items.product.type_id", operator: "eq" as const, values: [plan.masterclass_type_id] }],
            }
          : // one seat (the cheapest class seat in the cart), by the percentage
            {
              type: "percentage" as const,
              target_type: "items" as const,
              allocation: "once" as const,
              max_quantity: 1,
              value: plan.percent,
              currency_code: "rub",
              target_rules: [{ attribute: "items.product.type_id", operator: "eq" as const, values: [plan.masterclass_type_id] }],
            },
    },
  ])
  const promotions = createPromotionsWorkflow.runAsStep({ input: { promotionsData: promotionsData as any } })
  const scholarship = createScholarshipStep(
    transform({ input, plan, promotions }, ({ input, plan, promotions }) => ({
      center_id: input.center_id,
      recipient_email: input.recipient_email || null,
      recipient_phone: input.recipient_phone || null,
      recipient_name: input.recipient_name || null,
      code: plan.code,
      promotion_id: (promotions as any)[0].id,
      coverage: input.coverage,
      percent: plan.percent,
      max_seat_price: input.max_seat_price,
      reserved_amount: plan.reserved_amount,
      expires_at: new Date(input.expires_at),
      issued_by: input.manager_id,
      note: input.note ?? "",
    }))
  )
  const recipient = scholarshipRecipientStep(
    transform({ input }, ({ input }) => ({ email: input.recipient_email, phone: input.recipient_phone }))
  )
  const { data: centers } = useQueryGraphStep({
    entity: "center",
    fields: ["id", "name", "handle"],
    filters: { id: input.center_id },
  }).config({ name: "scholarship-center" })
  const notifications = transform({ input, plan, recipient, scholarship, centers }, ({ input, plan, recipient, scholarship, centers }) => {
    // a phone-only resident without an account has nowhere to read it: the manager hands the code over
    const to = recipient.email ?? (recipient.customer_id ? input.recipient_phone : null)
    if (!to) return []
    const center = centers[0] as any
    const until = moscowDateTime(input.expires_at)
    const coverage = plan.percent === 100 ? "полностью" : `на ${plan.percent}%`
    return [
      {
        to,
        receiver_id: recipient.customer_id ?? undefined,
        channel: "feed",
        template: SCHOLARSHIP_ISSUED_TEMPLATE,
        resource_id: (scholarship as any).id,
        resource_type: "scholarship",
        data: {
          scholarship_id: (scholarship as any).id,
          code: plan.code,
          center_name: center?.name,
          center_handle: center?.handle,
          percent: plan.percent,
          max_seat_price: input.max_seat_price,
          expires_at: new Date(input.expires_at).toISOString(),
          title: `Вам выдана стипендия на мастер-класс в центре «${center?.name}»`,
          text: `Код ${plan.code} оплачивает место на мастер-классе ${coverage} (место ценой до ${input.max_seat_price} ₽). Введите его в корзине до ${until} (МСК). Код одноразовый.`,
        },
        idempotency_key: `${SCHOLARSHIP_ISSUED_TEMPLATE}:${(scholarship as any).id}`,
      },
    ]
  })
  sendNotificationsStep(notifications as any)
  return new WorkflowResponse(scholarship)
})

const switchOffPromotions = (ids: { promotion_id: string | null }[]) =>
  ids.filter((r) => r.promotion_id).map((r) => ({ id: r.promotion_id as string, status: "inactive" as const }))

/** Undo of a mistake: an unused code is taken back, its hold returns and its promotion stops applying. */
export const revokeScholarshipWorkflow = createWorkflow(
  "revoke-scholarship",
  (input: { id: string; center_id: string; manager_id: string }) => {
    const revoked = revokeScholarshipStep(transform({ input }, ({ input }) => ({ id: input.id, center_id: input.center_id, by: input.manager_id })))
    const promotionsData = transform({ revoked }, ({ revoked }) => switchOffPromotions([revoked]))
    when({ promotionsData }, ({ promotionsData }) => promotionsData.length > 0).then(() => {
      updatePromotionsStatusWorkflow.runAsStep({ input: { promotionsData } })
    })
    return new WorkflowResponse(revoked)
  }
)

/** Every few minutes: lapsed codes give their holds back and their promotions are switched off. */
export const expireScholarshipsWorkflow = createWorkflow("expire-scholarships", (input: { now?: string }) => {
  const expired = expireScholarshipsStep(input)
  const promotionsData = transform({ expired }, ({ expired }) => switchOffPromotions(expired))
  when({ promotionsData }, ({ promotionsData }) => promotionsData.length > 0).then(() => {
    updatePromotionsStatusWorkflow.runAsStep({ input: { promotionsData } })
  })
  return new WorkflowResponse(expired)
})

const setBudgetStep = createStep(
  "set-scholarship-budget",
  async (input: { center_id: string; total: number; by: string }, { container }) => {
    const service = container.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService
    const { before, after } = await service.setBudgetTotal(input.center_id, input.total, input.by)
    return new StepResponse(after, { center_id: input.center_id, total: before.total, by: input.by })
  },
  async (before, { container }) => {
    if (!before) return
    const service = container.resolve(SCHOLARSHIP_MODULE) as ScholarshipModuleService
    await service.setBudgetTotal(before.center_id, before.total, before.by).catch(() => undefined)
  }
)

export const setScholarshipBudgetWorkflow = createWorkflow(
  "set-scholarship-budget",
  (input: { center_id: string; total: number; by: string }) => new WorkflowResponse(setBudgetStep(input))
)

/** order.placed: the code its checkout claimed now names the order. */
export const attachScholarshipOrderWorkflow = createWorkflow("attach-scholarship-order", (input: { order_id: string }) => {
  return new WorkflowResponse(attachScholarshipOrderStep(input))
})
