import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseExpiredRoomHoldsWorkflow } from "../workflows/room-bookings"

/** Holds last 15 minutes; every minute the expired ones stop occupying their room. */
export default async function releaseExpiredRoomHolds(container: MedusaContainer) {
  await releaseExpiredRoomHoldsWorkflow(container).run({ input: {} })
}

export const config = { name: "room-release-expired-holds", schedule: "* * * * *" }
