import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkSalesChannelsToApiKeyWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createCenterWorkflow, CreateCenterWorkflowInput } from "../create-center"
import { STOREFRONT_KEY_TITLE } from "../../utils/storefront-key"
import { assertCenterHandleFreeStep } from "./steps/assert-center-handle-free"

export type AdminCreateCenterWorkflowInput = CreateCenterWorkflowInput

/**
 * The operator opens a center: shop, pickup point and record (create-center), and the shop joins
 * the storefront's publishable key so the center shows up in the store at once.
 */
export const adminCreateCenterWorkflow = createWorkflow(
  "admin-create-center",
  (input: AdminCreateCenterWorkflowInput) => {
    const handle = transform({ input }, ({ input }) => ({ handle: input.handle }))
    assertCenterHandleFreeStep(handle)

    const { data: keys } = useQueryGraphStep({
      entity: "api_key",
      fields: ["id", "created_at"],
      filters: { title: STOREFRONT_KEY_TITLE, type: "publishable", revoked_at: null },
    }).config({ name: "storefront-publishable-keys" })

    const created = createCenterWorkflow.runAsStep({ input })

    // The storefront has one key; link workflows take one key each, so the oldest one wins.
    when({ keys }, ({ keys }) => keys.length > 0).then(() => {
      const link = transform({ keys, created }, ({ keys, created }) => {
        const [key] = [...keys].sort((a: any, b: any) => +new Date(a.created_at) - +new Date(b.created_at))
        return { id: key.id, add: [created.sales_channel_id] }
      })
      linkSalesChannelsToApiKeyWorkflow.runAsStep({ input: link })
    })

    const result = transform({ created, keys }, ({ created, keys }) => ({
      ...created,
      storefront_linked: keys.length > 0,
    }))
    return new WorkflowResponse(result)
  }
)
