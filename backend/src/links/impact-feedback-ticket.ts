import { defineLink } from "@medusajs/framework/utils"
import ImpactModule from "../modules/impact"
import MasterclassModule from "../modules/masterclass"

// issue 6: one feedback per ticket; read-only (the feedback keeps the ticket id it was given for).
export default defineLink(
  { linkable: ImpactModule.linkable.feedback, field: "ticket_id" },
  MasterclassModule.linkable.ticket,
  { readOnly: true }
)
