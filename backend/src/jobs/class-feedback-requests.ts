import type { MedusaContainer } from "@medusajs/framework/types"
import { requestClassFeedbackWorkflow } from "../workflows/request-class-feedback"

/** Hourly: attendees of sessions that ended get their feedback link (once per ticket). */
export default async function requestClassFeedback(container: MedusaContainer) {
  await requestClassFeedbackWorkflow(container).run({ input: {} })
}

export const config = { name: "class-feedback-requests", schedule: "7 * * * *" }
