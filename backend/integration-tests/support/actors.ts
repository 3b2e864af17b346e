import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
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

/** A guest buys the given variants at one center: cart → pickup → pay at the center → complete. */
export async function buy(
  api: Api & { get: (url: string, config?: any) => Promise<any> },
  opts: { key: string; region_id: string; sales_channel_id: string; variant_ids: string[] }
) {
  const headers = { headers: { "x-publishable-api-key": opts.key } }
  const { data: { cart } } = await api.post(
    "/store/carts",
    { region_id: opts.region_id, sales_channel_id: opts.sales_channel_id, email: "buyer@example.ru" },
    headers
  )
  for (const variant_id of opts.variant_ids) {
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, headers)
  }
  const { data: { shipping_options } } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, headers)
  const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  const complete = () => api.post(`/store/carts/${cart.id}/complete`, {}, headers)
  return { cart, complete, headers }
}

/** The split into artisans' parts runs on the order.placed event: wait for it. */
export async function waitForParts(api: { get: (url: string, config?: any) => Promise<any> }, orderId: string, count: number, headers: any) {
  for (let i = 0; i < 50; i++) {
    const { data } = await api.get(`/store/orders/${orderId}/parts`, headers)
    if (data.parts.length >= count) {
      return data.parts
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`order ${orderId} was not split into ${count} parts`)
}

/** An operator (Medusa admin user) and the headers of their session. */
export async function signInOperator(container: MedusaContainer, api: Api) {
  const credentials = { email: "operator@sosedi.test", password: "operator-secret" }
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: credentials } as any)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email: credentials.email, first_name: "Оператор" } },
  })
  const { data } = await api.post("/auth/user/emailpass", credentials)
  return { authorization: `Bearer ${data.token}` }
}
