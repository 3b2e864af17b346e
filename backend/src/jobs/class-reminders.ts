import type { MedusaContainer } from "@medusajs/framework/types"
import { sendClassRemindersWorkflow } from "../workflows/send-class-reminders"

/** Every 15 minutes: ticket holders of sessions starting within 24 h get one reminder each. */
export default async function sendClassReminders(container: MedusaContainer) {
  await sendClassRemindersWorkflow(container).run({ input: {} })
}

export const config = { name: "class-reminders", schedule: "*/15 * * * *" }
