import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MASTERCLASS_MODULE } from "../../modules/masterclass"
import type MasterclassModuleService from "../../modules/masterclass/service"

/** Stops the workflow with a field-first Russian message when a rule computed earlier fails. */
export const refuseUnlessStep = createStep(
  "refuse-unless-class-rule",
  async (input: { ok: boolean; message: string; type?: "invalid_data" | "conflict" | "not_allowed" | "not_found" }) => {
    if (!input.ok) {
      const type = {
        invalid_data: MedusaError.Types.INVALID_DATA,
        conflict: MedusaError.Types.NOT_ALLOWED,
        not_allowed: MedusaError.Types.NOT_ALLOWED,
        not_found: MedusaError.Types.NOT_FOUND,
      }[input.type ?? "invalid_data"]
      throw new MedusaError(type, input.message)
    }
    return new StepResponse(true)
  }
)

export const listSessionTicketsStep = createStep(
  "list-session-tickets",
  async (input: { session_id: string; status?: string[] }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const tickets = await service.listTickets({
      session_id: input.session_id,
      ...(input.status ? { status: input.status } : {}),
    } as any)
    return new StepResponse(tickets)
  }
)
