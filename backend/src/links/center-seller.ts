import { defineLink } from "@medusajs/framework/utils"
import CenterModule from "../modules/center"
import SellerModule from "../modules/seller"

// Membership: a seller sells at a center once that center's manager approves them.
export default defineLink(
  { linkable: CenterModule.linkable.center, isList: true },
  { linkable: SellerModule.linkable.seller, isList: true },
  {
    database: {
      extraColumns: {
        status: { type: "string", defaultValue: "'pending'", nullable: false },
      },
    },
  }
)
