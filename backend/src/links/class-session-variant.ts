import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MasterclassModule from "../modules/masterclass"

// A session is a product variant: its stock at the center's location is the session's seats.
export default defineLink(
  { linkable: MasterclassModule.linkable.classSession, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
