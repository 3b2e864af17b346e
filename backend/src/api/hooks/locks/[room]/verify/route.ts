import { timingSafeEqual } from "crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ROOM_BOOKING_MODULE } from "../../../../../modules/room-booking"
import type RoomBookingModuleService from "../../../../../modules/room-booking/service"
import { hashLockSecret } from "../../../../../workflows/steps/room-bookings"
import type { HookPostLockVerifyType } from "../../../../store/room-bookings/validators"

/**
 * A door lock asks whether a code opens its room right now. It authenticates with the room's
 * secret in the `x-lock-secret` header (the manager rotates it and sees it once; we keep its
 * sha256). Answers `{ result: "open" | "deny" }`; wrong/missing secret 401, unknown room 404.
 */
export const POST = async (req: MedusaRequest<HookPostLockVerifyType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [room] } = await query.graph({
    entity: "room",
    fields: ["id", "lock_secret_hash"],
    filters: { id: req.params.room },
  })
  if (!room) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "room: помещение не найдено")
  }
  const given = req.headers["x-lock-secret"]
  const expected = (room as any).lock_secret_hash as string | null
  const ok =
    typeof given === "string" &&
    !!expected &&
    timingSafeEqual(Buffer.from(hashLockSecret(given), "hex"), Buffer.from(expected, "hex"))
  if (!ok) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "x-lock-secret: неверный секрет замка")
  }
  const now = new Date()
  const service = req.scope.resolve(ROOM_BOOKING_MODULE) as RoomBookingModuleService
  const [booking] = await service.listRoomBookings(
    {
      room_id: room.id,
      door_code: req.validatedBody.code,
      status: "confirmed",
      code_valid_from: { $lte: now },
      ends_at: { $gt: now },
    } as any,
    { take: 1, select: ["id"] }
  )
  res.json({ result: booking ? "open" : "deny" })
}
