import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createClassSessionsStep, occupyRoomForSessionsStep } from "./steps/class-sessions"

/** Sessions for variants that already exist (demo data, imports): the record and the room's time. */
export const seedClassSessionsWorkflow = createWorkflow(
  "seed-class-sessions",
  (
    input: {
      product_id: string
      variant_id: string
      seller_id: string
      center_id: string
      room_id: string
      starts_at: string
      ends_at: string
      capacity: number
    }[]
  ) => {
    const sessions = createClassSessionsStep(input)
    occupyRoomForSessionsStep(sessions as any)
    return new WorkflowResponse(sessions)
  }
)
