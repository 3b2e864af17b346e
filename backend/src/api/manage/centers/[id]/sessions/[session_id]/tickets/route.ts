import type { MedusaResponse } from "@medusajs/framework/http"
import type { ScopedRequest } from "../../../../../../utils/actors"
import { describeTickets } from "../../../../../../store/classes/helpers"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const tickets = await describeTickets(req.scope, { session_id: req.params.session_id })
  res.json({ tickets: tickets.sort((a, b) => a.attendee_name.localeCompare(b.attendee_name, "ru")) })
}
