import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ImpactModule from "../modules/impact"

// issue 6: a registration snapshot names its resident by id; read-only, so the dashboard's consent-based
// contact list can reach the current contact details without copying them into the snapshot.
export default defineLink(
  { linkable: ImpactModule.linkable.registration, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
