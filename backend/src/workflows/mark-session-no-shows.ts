import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadClassSessionStep } from "./steps/class-sessions"
import { listSessionTicketsStep, refuseUnlessStep } from "./steps/session-guards"
import { setTicketStatusStep } from "./steps/tickets"

/** After a session ends, the tickets nobody checked in become `no_show`. */
export const markSessionNoShowsWorkflow = createWorkflow("mark-session-no-shows", (input: { session_id: string }) => {
  const session = loadClassSessionStep(input)
  refuseUnlessStep(
    transform({ session }, ({ session }) => ({
      ok: Date.parse(session.ends_at) <= Date.now(),
      message: "session_id: неявку можно отметить только после окончания занятия",
      type: "not_allowed" as const,
    }))
  )
  const tickets = listSessionTicketsStep(transform({ input }, ({ input }) => ({ session_id: input.session_id, status: ["confirmed"] })))
  const updated = setTicketStatusStep(
    transform({ tickets }, ({ tickets }) => ({ ids: tickets.map((t: any) => t.id), status: "no_show" as const }))
  )
  return new WorkflowResponse(transform({ updated }, ({ updated }) => ({ no_show: (updated as any[]).length })))
})
