import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MasterclassModule from "../modules/masterclass"

// Each seat of an order is a ticket; the order stays the resident's single purchase.
export default defineLink(
  { linkable: MasterclassModule.linkable.ticket, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
