import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

/**
 * A seller's part of a resident's order, with its own status. One Medusa order stays the
 * resident's single purchase (payment, totals, stock reservations); each artisan's part is
 * this link over the items of their products, so revenue and stock are never counted twice.
 */
export const SELLER_ORDER_STATUSES = ["new", "ready_for_pickup", "handed_over"] as const

export default defineLink(
  { linkable: SellerModule.linkable.seller, isList: true },
  { linkable: OrderModule.linkable.order, isList: true },
  {
    database: {
      extraColumns: {
        status: { type: "string", defaultValue: "'new'", nullable: false },
        // paid at the center on pickup: handing over is the moment of payment (and of НПД income)
        handed_over_at: { type: "datetime", nullable: true },
        // «Мой налог» receipt number the artisan records for this payment
        receipt_number: { type: "string", nullable: true },
      },
    },
  }
)
