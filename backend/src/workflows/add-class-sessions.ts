import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  linkProductsToSalesChannelWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { moscowDateTime, weeklySeries } from "../modules/masterclass/utils/tickets"
import {
  createClassSessionsStep,
  ensureRoomFreeForSessionsStep,
  occupyRoomForSessionsStep,
  resolveSessionPlaceStep,
} from "./steps/class-sessions"

export type AddClassSessionsInput = {
  seller_id: string
  product_id: string
  room_id: string
  /** UTC instant of the (first) session */
  starts_at: string
  duration_min: number
  capacity: number
  /** RUB per seat; 0 = free */
  price: number
  /** 1 = one session; N = the same time every week for N weeks */
  weeks?: number
}

/**
 * Adds one session or a weekly series: each is a variant of the class whose stock at the
 * center is its seats (so Medusa's reservations count them), plus our session record in the room.
 */
export const addClassSessionsWorkflow = createWorkflow("add-class-sessions", (input: AddClassSessionsInput) => {
  const ranges = transform({ input }, ({ input }) =>
    weeklySeries(new Date(input.starts_at), input.weeks ?? 1).map((s) => ({
      starts_at: s.toISOString(),
      ends_at: new Date(s.getTime() + input.duration_min * 60_000).toISOString(),
    }))
  )
  const place = resolveSessionPlaceStep(
    transform({ input, ranges }, ({ input, ranges }) => ({
      seller_id: input.seller_id,
      product_id: input.product_id,
      room_id: input.room_id,
      starts_at: ranges.map((r) => r.starts_at),
      capacity: input.capacity,
    }))
  )
  ensureRoomFreeForSessionsStep(transform({ input, ranges }, ({ input, ranges }) => ({ room_id: input.room_id, ranges })))

  const variants = createProductVariantsWorkflow.runAsStep({
    input: transform({ input, ranges, place }, ({ input, ranges, place }) => ({
      product_variants: ranges.map((r, i) => ({
        product_id: input.product_id,
        title: moscowDateTime(r.starts_at),
        sku: `${input.product_id.slice(-8).toLowerCase()}-${Date.parse(r.starts_at).toString(36)}-${Math.random().toString(36).slice(2, 8)}-${i}`,
        manage_inventory: true,
        prices: [{ currency_code: "rub", amount: input.price }],
        metadata: { starts_at: r.starts_at, ends_at: r.ends_at, center_id: place.center_id, room_id: place.room_id },
      })),
    })) as any,
  })
  const variantIds = transform({ variants }, ({ variants }) => (variants as any[]).map((v) => v.id))
  const { data: stock } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  }).config({ name: "session-variant-stock" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ stock, place, input }, ({ stock, place, input }) => ({
      inventory_levels: stock.map((v: any) => ({
        inventory_item_id: v.inventory_items[0].inventory_item_id,
        location_id: place.stock_location_id,
        stocked_quantity: input.capacity,
      })),
    })),
  })
  when({ place }, ({ place }) => !place.in_channel).then(() => {
    linkProductsToSalesChannelWorkflow.runAsStep({
      input: transform({ place, input }, ({ place, input }) => ({ id: place.sales_channel_id, add: [input.product_id] })),
    })
  })
  const sessions = createClassSessionsStep(
    transform({ input, ranges, place, variants }, ({ input, ranges, place, variants }) =>
      ranges.map((r, i) => ({
        product_id: input.product_id,
        variant_id: (variants as any[])[i].id,
        seller_id: input.seller_id,
        center_id: place.center_id,
        room_id: place.room_id,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        capacity: input.capacity,
      }))
    )
  )
  occupyRoomForSessionsStep(sessions as any)
  return new WorkflowResponse(sessions)
})
