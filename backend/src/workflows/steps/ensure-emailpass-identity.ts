import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type EnsureEmailpassIdentityInput = { email: string; password?: string }

/**
 * One e-mail, one login, several roles: reuse the person's existing e-mail/password login,
 * or create one when a password is given.
 */
export const ensureEmailpassIdentityStep = createStep(
  "ensure-emailpass-identity",
  async (input: EnsureEmailpassIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const email = input.email.trim().toLowerCase()
    const [existing] = await auth.listProviderIdentities(
      { entity_id: email, provider: "emailpass" },
      { select: ["auth_identity_id"], take: 1 }
    )
    if (existing?.auth_identity_id) {
      return new StepResponse(existing.auth_identity_id, null)
    }
    if (!input.password) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "password: задайте пароль для нового входа")
    }
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email, password: input.password },
    } as any)
    if (error || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "не удалось создать вход"}`)
    }
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve(Modules.AUTH).deleteAuthIdentities([createdId])
  }
)
