import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSalesChannelLink from "../../links/center-sales-channel"
import { ROOM_LINE_KEY, roomLineTitle, roomPaymentProblem } from "../../modules/room-booking/cart-line"
import { issueDoorCode } from "./room-bookings"
import { roomBookings } from "./room-occupancy"

export type RoomCartPlan = {
  booking_id: string
  cart_id: string | null
  region_id: string
  sales_channel_id: string
  customer_id: string
  email: string | null
  already_in_cart: boolean
  item: { title: string; unit_price: number; quantity: 1; metadata: Record<string, unknown> }
}

/** Reads and checks everything before anything is written: the booking, its room and center, the cart. */
export const planRoomBookingCartStep = createStep(
  "room-plan-booking-cart",
  async (input: { id: string; customer_id: string; cart_id?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [booking] = await roomBookings(container).listRoomBookings(
      { id: input.id, kind: "booking", customer_id: input.customer_id } as any,
      { take: 1 }
    )
    if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Бронь не найдена")
    const problem = roomPaymentProblem(booking)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)

    const { data: [room] } = await query.graph({
      entity: "room",
      fields: ["id", "name", "center_id"],
      filters: { id: booking.room_id },
    })
    const { data: [channel] } = await query.graph({
      entity: CenterSalesChannelLink.entryPoint,
      fields: ["sales_channel_id"],
      filters: { center_id: booking.center_id },
    })
    if (!room || !channel) throw new MedusaError(MedusaError.Types.NOT_FOUND, "room_id: помещение не найдено")
    const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
    const region = (regions as any[]).find((r) => r.currency_code?.toLowerCase() === "rub")
    if (!region) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "region_id: нет региона с оплатой в рублях")

    let alreadyInCart = false
    if (input.cart_id) {
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "sales_channel_id", "currency_code", "completed_at", "items.id", "items.metadata"],
        filters: { id: input.cart_id },
      })
      if (!cart || cart.completed_at || (cart.customer_id && cart.customer_id !== input.customer_id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "cart_id: корзина не найдена")
      }
      if (cart.sales_channel_id !== (channel as any).sales_channel_id) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: в корзине заказ другого центра — оформите его сначала")
      }
      if (String(cart.currency_code).toLowerCase() !== "rub") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: корзина не в рублях")
      }
      alreadyInCart = ((cart as any).items ?? []).some((i: any) => i?.metadata?.[ROOM_LINE_KEY] === booking.id)
    }
    const plan: RoomCartPlan = {
      booking_id: booking.id,
      cart_id: input.cart_id ?? null,
      region_id: region.id,
      sales_channel_id: (channel as any).sales_channel_id,
      customer_id: input.customer_id,
      email: booking.email ?? null,
      already_in_cart: alreadyInCart,
      item: {
        title: roomLineTitle(room.name, booking.starts_at, booking.ends_at),
        unit_price: Number(booking.price),
        quantity: 1,
        metadata: { [ROOM_LINE_KEY]: booking.id, room_id: room.id, center_id: booking.center_id },
      },
    }
    return new StepResponse(plan)
  }
)

/** The booking learns the cart that may pay it (a stale line in another cart is refused at checkout). */
export const setRoomBookingCartStep = createStep(
  "room-set-booking-cart",
  async (input: { id: string; cart_id: string }, { container }) => {
    const service = roomBookings(container)
    const [booking] = await service.listRoomBookings({ id: input.id } as any, { take: 1, select: ["id", "cart_id"] })
    await service.updateRoomBookings({ id: input.id, cart_id: input.cart_id } as any)
    return new StepResponse({ id: input.id, cart_id: input.cart_id }, { id: input.id, cart_id: booking?.cart_id ?? null })
  },
  async (previous, { container }) => {
    if (previous) await roomBookings(container).updateRoomBookings(previous as any)
  }
)

/**
 * order.placed: the room lines of the order confirm their bookings with the order id and a door
 * code. Only a custom line (no variant) of the very cart the booking was put into counts, so
 * metadata copied onto another line confirms nothing. Already confirmed → skipped (re-delivery).
 */
export const confirmPaidRoomBookingsStep = createStep(
  "room-confirm-paid-bookings",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "cart.id", "items.id", "items.variant_id", "items.metadata", "items.quantity", "items.detail.quantity", "items.unit_price"],
      filters: { id: input.order_id },
    })
    const lines = ((order as any)?.items ?? []).filter((i: any) => i && !i.variant_id && i.metadata?.[ROOM_LINE_KEY])
    const cartId = (order as any)?.cart?.id ?? null
    if (!lines.length) return new StepResponse([] as string[], [] as any[])
    const service = roomBookings(container)
    const bookings = await service.listRoomBookings({
      id: lines.map((l: any) => l.metadata[ROOM_LINE_KEY]),
      kind: "booking",
    } as any)
    const confirmed: string[] = []
    const undo: any[] = []
    const now = new Date()
    try {
      for (const line of lines) {
        const booking: any = bookings.find((b) => b.id === line.metadata[ROOM_LINE_KEY])
        if (!booking || booking.status === "confirmed") continue
        if (booking.status !== "held" || !cartId || booking.cart_id !== cartId || Number(line.quantity ?? line.detail?.quantity ?? 1) !== 1 || Number(line.unit_price) !== Number(booking.price)) {
          // the checkout guard refuses these; reaching here means a race lost — the center must sort it out
          logger.warn(`room booking ${booking.id} (${booking.status}) not confirmed by order ${input.order_id}`)
          continue
        }
        // paid: confirmed even if its 15 minutes ran out while the payment went through
        await issueDoorCode(container, booking, {
          status: "confirmed",
          confirmed_at: now,
          hold_expires_at: null,
          order_id: input.order_id,
        })
        undo.push({ id: booking.id, status: booking.status, confirmed_at: null, hold_expires_at: booking.hold_expires_at, order_id: booking.order_id ?? null, door_code: null, code_valid_from: null })
        confirmed.push(booking.id)
      }
    } catch (e) {
      if (undo.length) await service.updateRoomBookings(undo)
      throw e
    }
    return new StepResponse(confirmed, undo)
  },
  async (undo, { container }) => {
    if (undo?.length) await roomBookings(container).updateRoomBookings(undo)
  }
)
