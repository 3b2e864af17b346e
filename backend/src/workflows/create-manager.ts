import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createManagerStep, CreateManagerStepInput } from "./steps/create-manager"
import { ensureEmailpassIdentityStep } from "./steps/ensure-emailpass-identity"

export type CreateManagerWorkflowInput = CreateManagerStepInput & { password?: string }

/** A manager of one or more centers, able to log in as actor `manager` with their e-mail. */
export const createManagerWorkflow = createWorkflow(
  "create-manager",
  (input: CreateManagerWorkflowInput) => {
    const login = transform({ input }, ({ input }) => ({ email: input.email, password: input.password }))
    const authIdentityId = ensureEmailpassIdentityStep(login)
    const managerInput = transform({ input }, ({ input }) => {
      const { password, ...manager } = input
      return manager
    })
    const manager = createManagerStep(managerInput)
    const metadata = transform({ authIdentityId, manager }, ({ authIdentityId, manager }) => ({
      authIdentityId,
      actorType: "manager",
      value: manager.id,
    }))
    setAuthAppMetadataStep(metadata)
    return new WorkflowResponse(manager)
  }
)
