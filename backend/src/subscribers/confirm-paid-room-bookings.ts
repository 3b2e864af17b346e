import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { confirmPaidRoomBookingsWorkflow } from "../workflows/room-booking-cart"

/** A paid room booking (a room line of the order) is confirmed with the order and gets its door code. */
export default async function confirmPaidRoomBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmPaidRoomBookingsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "confirm-paid-room-bookings" } }
