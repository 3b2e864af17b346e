import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OVERLAP_MESSAGE } from "../../../modules/room-booking/errors"

/**
 * Runs a room write; "this time is taken" answers 409 with the Russian field message (Medusa's
 * CONFLICT type would replace the message with a generic English one, so the workflows raise
 * NOT_ALLOWED and this turns it into 409 here).
 */
export async function withRoomConflict<T>(res: MedusaResponse, write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write()
  } catch (e: any) {
    if (e?.message === OVERLAP_MESSAGE) {
      res.status(409).json({ type: MedusaError.Types.NOT_ALLOWED, code: "room_taken", message: OVERLAP_MESSAGE })
      return undefined
    }
    throw e
  }
}

const bookingFields = [
  "id",
  "room_id",
  "center_id",
  "kind",
  "status",
  "starts_at",
  "ends_at",
  "hold_expires_at",
  "purpose",
  "price",
  "door_code",
  "code_valid_from",
  "confirmed_at",
  "cancelled_at",
  "created_at",
] as const

/** What the resident sees of their booking; an expired hold reads "expired" (released or not), the code only once confirmed. */
export function formatRoomBooking(booking: any, now = new Date()) {
  const out: Record<string, any> = {}
  for (const f of bookingFields) out[f] = booking[f] ?? null
  out.price = Number(booking.price ?? 0)
  const lapsed = booking.hold_expires_at && new Date(booking.hold_expires_at) <= now
  // a hold the every-minute job has already released still reads "expired": the resident did not cancel
  // it, their time to pay ran out (and what they see must not depend on whether the job ran yet)
  const releasedAtExpiry =
    out.status === "cancelled" && !booking.confirmed_at && booking.cancelled_at && lapsed &&
    new Date(booking.cancelled_at) >= new Date(booking.hold_expires_at)
  if ((out.status === "held" && lapsed) || releasedAtExpiry) {
    out.status = "expired"
  }
  if (out.status !== "confirmed") {
    out.door_code = null
    out.code_valid_from = null
  }
  return out
}
