import type { MedusaContainer } from "@medusajs/framework/types"
import { expireScholarshipsWorkflow } from "../workflows/scholarships"

/** Every 10 minutes: codes past their end (and a grace hour for checkouts under way) release their holds. */
export default async function expireScholarships(container: MedusaContainer) {
  await expireScholarshipsWorkflow(container).run({ input: {} })
}

export const config = { name: "scholarship-expiry", schedule: "*/10 * * * *" }
