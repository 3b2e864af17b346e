import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { moscowDateTime } from "../../../modules/masterclass/utils/tickets"

const DEFAULT_CANCELLATION_HOURS = 24

/** A class's details as residents and artisans see them (from the product's metadata). */
export function classDetails(product: any) {
  const m = product?.metadata ?? {}
  return {
    level: m.level ?? null,
    age: m.age ?? null,
    what_to_bring: m.what_to_bring ?? null,
    materials_fee: m.materials_fee !== undefined && m.materials_fee !== null ? Number(m.materials_fee) : 0,
    cancellation_hours: Number(m.cancellation_hours ?? DEFAULT_CANCELLATION_HOURS),
  }
}

export const sessionFields = [
  "id",
  "product_id",
  "variant_id",
  "center_id",
  "room_id",
  "starts_at",
  "ends_at",
  "capacity",
  "status",
  "cancelled_reason",
  "product_variant.id",
  "product_variant.prices.amount",
  "product_variant.prices.currency_code",
  "product_variant.inventory_items.inventory_item_id",
]

/**
 * Sessions with their seats left (the variant's stock at the center minus Medusa's reservations,
 * so a waitlist hold counts as taken), price, center and room.
 */
export async function describeSessions(scope: MedusaContainer, filters: Record<string, unknown>) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "class_session",
    fields: sessionFields,
    filters: filters as any,
    pagination: { order: { starts_at: "ASC" } } as any,
  })
  if (!sessions.length) return []
  const centerIds = [...new Set(sessions.map((s: any) => s.center_id))]
  const { data: centers } = await query.graph({
    entity: "center",
    fields: ["id", "handle", "name", "district", "address", "stock_location.id", "sales_channel.id", "rooms.id", "rooms.name"],
    filters: { id: centerIds },
  })
  const centerById = new Map(centers.map((c: any) => [c.id, c]))
  const itemIds = sessions.map((s: any) => s.product_variant?.inventory_items?.[0]?.inventory_item_id).filter(Boolean)
  const levels = itemIds.length
    ? await scope.resolve(Modules.INVENTORY).listInventoryLevels({
        inventory_item_id: itemIds,
        location_id: centers.map((c: any) => c.stock_location?.id).filter(Boolean),
      })
    : []
  const now = Date.now()
  return sessions.map((s: any) => {
    const center: any = centerById.get(s.center_id)
    const item = s.product_variant?.inventory_items?.[0]?.inventory_item_id
    const level = levels.find((l: any) => l.inventory_item_id === item && l.location_id === center?.stock_location?.id)
    const left = level ? Math.max(0, Number(level.stocked_quantity) - Number(level.reserved_quantity)) : 0
    const price = (s.product_variant?.prices ?? []).find((p: any) => p.currency_code === "rub")
    const room = (center?.rooms ?? []).find((r: any) => r.id === s.room_id)
    const started = Date.parse(s.starts_at) <= now
    return {
      id: s.id,
      product_id: s.product_id,
      variant_id: s.variant_id,
      starts_at: new Date(s.starts_at).toISOString(),
      ends_at: new Date(s.ends_at).toISOString(),
      starts_at_moscow: moscowDateTime(s.starts_at),
      capacity: s.capacity,
      status: s.status,
      cancelled_reason: s.cancelled_reason ?? null,
      seats_left: s.status === "scheduled" && !started ? left : 0,
      bookable: s.status === "scheduled" && !started && left > 0,
      price: price ? Number(price.amount) : null,
      center: center
        ? { id: center.id, handle: center.handle, name: center.name, district: center.district, address: center.address, sales_channel_id: center.sales_channel?.id ?? null }
        : null,
      room: room ? { id: room.id, name: room.name } : null,
    }
  })
}

export function formatTicket(t: any) {
  const s = t.session ?? {}
  return {
    id: t.id,
    code: t.code,
    status: t.status,
    attendee_name: t.attendee_name,
    email: t.email,
    order_id: t.order_id,
    checked_in_at: t.checked_in_at ?? null,
    cancelled_at: t.cancelled_at ?? null,
    session: s.id
      ? {
          id: s.id,
          product_id: s.product_id,
          starts_at: new Date(s.starts_at).toISOString(),
          ends_at: new Date(s.ends_at).toISOString(),
          starts_at_moscow: moscowDateTime(s.starts_at),
          status: s.status,
          center_id: s.center_id,
        }
      : null,
  }
}

export const ticketFields = [
  "id",
  "code",
  "status",
  "attendee_name",
  "email",
  "order_id",
  "customer_id",
  "checked_in_at",
  "cancelled_at",
  "session.id",
  "session.product_id",
  "session.starts_at",
  "session.ends_at",
  "session.status",
  "session.center_id",
]

/** Tickets with their class's title, handle and cancellation policy, soonest session first. */
export async function describeTickets(scope: MedusaContainer, filters: Record<string, unknown>) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tickets } = await query.graph({ entity: "ticket", fields: ticketFields, filters: filters as any })
  const productIds = [...new Set(tickets.map((t: any) => t.session?.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail", "metadata"], filters: { id: productIds } })
    : { data: [] as any[] }
  const centerIds = [...new Set(tickets.map((t: any) => t.session?.center_id).filter(Boolean))]
  const { data: centers } = centerIds.length
    ? await query.graph({ entity: "center", fields: ["id", "name", "address"], filters: { id: centerIds } })
    : { data: [] as any[] }
  const now = Date.now()
  return tickets
    .map((t: any) => {
      const product: any = products.find((p: any) => p.id === t.session?.product_id)
      const details = classDetails(product)
      const out = formatTicket(t)
      return {
        ...out,
        class: product ? { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail } : null,
        center: centers.find((c: any) => c.id === t.session?.center_id) ?? null,
        cancellation_hours: details.cancellation_hours,
        cancellable:
          t.status === "confirmed" &&
          t.session?.status === "scheduled" &&
          Date.parse(t.session.starts_at) - now >= details.cancellation_hours * 3600_000,
      }
    })
    .sort((a, b) => Date.parse(a.session?.starts_at ?? "1970-01-01") - Date.parse(b.session?.starts_at ?? "1970-01-01"))
}
