import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { moscowDateTime } from "../modules/masterclass/utils/tickets"
import {
  ensureRoomFreeForSessionsStep,
  loadClassSessionStep,
  resolveSessionPlaceStep,
  updateClassSessionsStep,
} from "./steps/class-sessions"
import { moveRoomOccupancyStep } from "./steps/room-occupancy"
import { listSessionTicketsStep, refuseUnlessStep } from "./steps/session-guards"

export const SESSION_MOVED_TEMPLATE = "class-session-moved"

export type MoveClassSessionInput = {
  session_id: string
  seller_id: string
  room_id?: string
  starts_at?: string
  duration_min?: number
}

/** Moves a session to another room of the same center and/or another time; ticket holders are told. */
export const moveClassSessionWorkflow = createWorkflow("move-class-session", (input: MoveClassSessionInput) => {
  const session = loadClassSessionStep(transform({ input }, ({ input }) => ({ session_id: input.session_id })))
  const next = transform({ input, session }, ({ input, session }) => {
    const starts = input.starts_at ?? new Date(session.starts_at).toISOString()
    const duration = input.duration_min ?? (Date.parse(session.ends_at) - Date.parse(session.starts_at)) / 60_000
    return {
      room_id: input.room_id ?? session.room_id,
      starts_at: starts,
      ends_at: new Date(Date.parse(starts) + duration * 60_000).toISOString(),
    }
  })
  refuseUnlessStep(
    transform({ session }, ({ session }) => ({
      ok: session.status === "scheduled",
      message: "session_id: занятие отменено, его нельзя перенести",
    }))
  ).config({ name: "move-only-scheduled" })
  const place = resolveSessionPlaceStep(
    transform({ input, session, next }, ({ input, session, next }) => ({
      seller_id: input.seller_id,
      product_id: session.product_id,
      room_id: next.room_id,
      starts_at: [next.starts_at],
      capacity: session.capacity,
    }))
  )
  refuseUnlessStep(
    transform({ place, session }, ({ place, session }) => ({
      ok: place.center_id === session.center_id,
      message: "room_id: перенести занятие можно только в зал того же центра",
    }))
  ).config({ name: "move-same-center" })
  ensureRoomFreeForSessionsStep(
    transform({ next, session }, ({ next, session }) => ({
      room_id: next.room_id,
      ranges: [{ starts_at: next.starts_at, ends_at: next.ends_at }],
      except_ids: [session.id],
    }))
  )
  const updated = updateClassSessionsStep(
    transform({ next, session }, ({ next, session }) => [
      { id: session.id, room_id: next.room_id, starts_at: new Date(next.starts_at), ends_at: new Date(next.ends_at) },
    ])
  )
  ;(moveRoomOccupancyStep as any)(
    transform({ next, session }, ({ next, session }) => ({ source_id: session.id as string, room_id: next.room_id as string, starts_at: next.starts_at, ends_at: next.ends_at }))
  )
  updateProductVariantsWorkflow.runAsStep({
    input: transform({ next, session }, ({ next, session }) => ({
      product_variants: [
        {
          id: session.variant_id,
          title: moscowDateTime(next.starts_at),
          metadata: { starts_at: next.starts_at, ends_at: next.ends_at, center_id: session.center_id, room_id: next.room_id },
        },
      ],
    })) as any,
  })
  const tickets = listSessionTicketsStep(transform({ session }, ({ session }) => ({ session_id: session.id, status: ["confirmed"] })))
  sendNotificationsStep(
    transform({ tickets, session, next }, ({ tickets, session, next }) =>
      tickets.map((t: any) => ({
        to: t.email,
        channel: "feed",
        template: SESSION_MOVED_TEMPLATE,
        data: {
          ticket_code: t.code,
          title: session.product_variant?.product?.title,
          starts_at: next.starts_at,
          starts_at_moscow: moscowDateTime(next.starts_at),
        },
        idempotency_key: `${SESSION_MOVED_TEMPLATE}:${t.id}:${next.starts_at}:${next.room_id}`,
      }))
    )
  )
  return new WorkflowResponse(transform({ updated }, ({ updated }) => (updated as unknown as any[])[0]))
})
