import type { MedusaContainer } from "@medusajs/framework/types"
import { nextInn, runWorkflow } from "./fixtures"

type Api = { post: (url: string, body?: any, config?: any) => Promise<any> }

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Signs an artisan up the way the storefront does: a login first, then the seller profile. */
export async function signUpSeller(api: Api, email: string, handle: string, centerIds: string[]) {
  const { data: { token: registration } } = await api.post("/auth/seller/emailpass/register", { email, password: "secret-123" })
  const { data: { seller } } = await api.post(
    "/sellers",
    { handle, name: `Мастер ${handle}`, tax_status: "npd", inn: nextInn(), center_ids: centerIds, own_work_declaration: true },
    bearer(registration)
  )
  // the token issued before the seller existed carries no actor id: log in again
  const { data: { token } } = await api.post("/auth/seller/emailpass", { email, password: "secret-123" })
  return { seller, token }
}

export async function createManager(container: MedusaContainer, api: Api, email: string, centerIds: string[]) {
  const manager = await runWorkflow(container, "create-manager", {
    email,
    password: "secret-123",
    first_name: "Менеджер",
    center_ids: centerIds,
  })
  const { data: { token } } = await api.post("/auth/manager/emailpass", { email, password: "secret-123" })
  return { manager, token }
}
