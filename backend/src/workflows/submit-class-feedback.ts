import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FeedbackInput, upsertFeedbackStep } from "./steps/impact"

/** An attendee's feedback on a session: one per ticket, editable for 7 days after the session. */
export const submitClassFeedbackWorkflow = createWorkflow("submit-class-feedback", (input: FeedbackInput) => {
  const feedback = upsertFeedbackStep(input)
  return new WorkflowResponse(feedback)
})
