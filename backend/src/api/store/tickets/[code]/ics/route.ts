import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeTicketCode, ticketIcs } from "../../../../../modules/masterclass/utils/tickets"
import { describeTickets } from "../../../classes/helpers"

/** The ticket as a calendar event (the code is the secret, as printed on the ticket). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = normalizeTicketCode(req.params.code)
  const [ticket] = code ? await describeTickets(req.scope, { code }) : []
  if (!ticket || !ticket.session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "code: билет не найден")
  }
  const storefront = process.env.STOREFRONT_URL || "http://localhost:4321"
  const ics = ticketIcs({
    code: ticket.code,
    title: `${ticket.class?.title ?? "Мастер-класс"}${ticket.status === "cancelled" ? " (отменён)" : ""}`,
    starts_at: ticket.session.starts_at,
    ends_at: ticket.session.ends_at,
    location: ticket.center ? `${ticket.center.name}, ${ticket.center.address}` : undefined,
    description: `Участник: ${ticket.attendee_name}`,
    url: ticket.class ? `${storefront}/classes/${ticket.class.handle}` : undefined,
  })
  res.setHeader("Content-Type", "text/calendar; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ticket-${ticket.code}.ics"`)
  res.status(200).send(ics)
}
