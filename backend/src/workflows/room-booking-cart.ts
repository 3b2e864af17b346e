import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { confirmPaidRoomBookingsStep, planRoomBookingCartStep, setRoomBookingCartStep } from "./steps/room-booking-cart"

/**
 * A resident's held paid booking goes into their cart as one custom line (price = the booking's);
 * without a cart id a cart of the room's center (RUB region) is created. Everything is checked
 * first, so a refusal writes nothing; a later failure rolls the cart and the line back.
 */
export const addRoomBookingToCartWorkflow = createWorkflow(
  "add-room-booking-to-cart",
  (input: { id: string; customer_id: string; cart_id?: string | null }) => {
    const plan = planRoomBookingCartStep(input)
    const created = when("room-cart-needs-cart", { plan }, ({ plan }) => !plan.cart_id).then(() =>
      createCartWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({
          region_id: plan.region_id,
          sales_channel_id: plan.sales_channel_id,
          customer_id: plan.customer_id,
          ...(plan.email ? { email: plan.email } : {}),
        })),
      })
    )
    const cartId = transform({ plan, created }, ({ plan, created }) => plan.cart_id ?? (created as any)?.id)
    when("room-cart-needs-line", { plan }, ({ plan }) => !plan.already_in_cart).then(() => {
      addToCartWorkflow.runAsStep({
        input: transform({ plan, cartId }, ({ plan, cartId }) => ({ cart_id: cartId, items: [plan.item] })),
      })
    })
    setRoomBookingCartStep(transform({ plan, cartId }, ({ plan, cartId }) => ({ id: plan.booking_id, cart_id: cartId })))
    return new WorkflowResponse(transform({ plan, cartId }, ({ plan, cartId }) => ({ cart_id: cartId as string, room_booking_id: plan.booking_id })))
  }
)

/** order.placed: the order's room lines confirm their bookings (door code, order id). */
export const confirmPaidRoomBookingsWorkflow = createWorkflow(
  "confirm-paid-room-bookings",
  (input: { order_id: string }) => new WorkflowResponse(confirmPaidRoomBookingsStep(input))
)
