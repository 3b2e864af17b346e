import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { feedbackWindow } from "../../../modules/impact/answer"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import { MASTERCLASS_MODULE } from "../../../modules/masterclass"
import type MasterclassModuleService from "../../../modules/masterclass/service"

const FEEDBACK_FIELDS = ["id", "rating", "useful", "would_recommend", "ready_to_teach", "created_at", "updated_at"] as const

/** The resident's tickets with their session, class, feedback window and feedback (if any). */
export async function describeFeedbackTickets(scope: MedusaContainer, filter: { customer_id: string; id?: string }, now = new Date()) {
  const masterclass: MasterclassModuleService = scope.resolve(MASTERCLASS_MODULE)
  const impact: ImpactModuleService = scope.resolve(IMPACT_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const tickets = await masterclass.listTickets(
    { ...filter, status: { $ne: "cancelled" } } as any,
    { relations: ["session"], order: { created_at: "DESC" }, take: 100 }
  )
  const ended = tickets.filter((t: any) => t.session && new Date(t.session.ends_at).getTime() <= now.getTime())
  if (!ended.length) return []
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle"],
    filters: { id: [...new Set(ended.map((t: any) => t.session.product_id))] },
  })
  const feedback = await impact.listFeedbacks({ ticket_id: ended.map((t) => t.id) }, { select: ["ticket_id", ...FEEDBACK_FIELDS] })
  return ended
    .map((t: any) => {
      const product: any = products.find((p: any) => p.id === t.session.product_id)
      const window = feedbackWindow(new Date(t.session.ends_at), now)
      const mine: any = feedback.find((f) => f.ticket_id === t.id) ?? null
      return {
        id: t.id,
        attendee_name: t.attendee_name,
        status: t.status,
        session: { id: t.session.id, starts_at: t.session.starts_at, ends_at: t.session.ends_at },
        class: product ? { id: product.id, title: product.title, handle: product.handle } : null,
        window: { state: window.state, closes_at: window.closes_at },
        feedback: mine ? Object.fromEntries(FEEDBACK_FIELDS.map((k) => [k, mine[k]])) : null,
      }
    })
    .sort((a, b) => new Date(b.session.ends_at).getTime() - new Date(a.session.ends_at).getTime())
}
