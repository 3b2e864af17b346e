import type { MedusaContainer } from "@medusajs/framework/types"
import { expireWaitlistOffersWorkflow } from "../workflows/expire-waitlist-offers"
import { offerWaitlistSeatsWorkflow } from "../workflows/offer-waitlist-seats"

/** Every 5 minutes: offers past their window release the seat, which goes to the next in line. */
export default async function passOnWaitlistOffers(container: MedusaContainer) {
  await passOnExpiredOffers(container)
}

export async function passOnExpiredOffers(container: MedusaContainer, now?: string) {
  const { result: sessionIds } = await expireWaitlistOffersWorkflow(container).run({ input: { now } })
  for (const session_id of sessionIds as string[]) {
    await offerWaitlistSeatsWorkflow(container).run({ input: { session_id } })
  }
  return sessionIds as string[]
}

export const config = { name: "waitlist-offers", schedule: "*/5 * * * *" }
