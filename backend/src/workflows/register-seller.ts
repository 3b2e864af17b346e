import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { CENTER_MODULE } from "../modules/center"
import { SELLER_MODULE } from "../modules/seller"
import { createSellerStep, CreateSellerStepInput } from "./steps/create-seller"

export type RegisterSellerWorkflowInput = CreateSellerStepInput & {
  center_ids: string[]
  membership_status?: "pending" | "approved"
  /** the login that becomes this seller's (sign-up); absent for sellers the operator adds */
  auth_identity_id?: string
}

/** A seller and their wish to sell at chosen centers; each center's manager decides on the membership. */
export const registerSellerWorkflow = createWorkflow(
  "register-seller",
  (input: RegisterSellerWorkflowInput) => {
    const sellerData = transform({ input }, ({ input }) => {
      const { center_ids, membership_status, auth_identity_id, ...seller } = input
      return seller
    })
    const seller = createSellerStep(sellerData)

    const links = transform({ input, seller }, ({ input, seller }) =>
      input.center_ids.map((center_id) => ({
        [CENTER_MODULE]: { center_id },
        [SELLER_MODULE]: { seller_id: seller.id },
        data: { status: input.membership_status ?? "pending" },
      }))
    )
    createRemoteLinkStep(links)

    when({ input }, ({ input }) => !!input.auth_identity_id).then(() => {
      const metadata = transform({ input, seller }, ({ input, seller }) => ({
        authIdentityId: input.auth_identity_id!,
        actorType: "seller",
        value: seller.id,
      }))
      setAuthAppMetadataStep(metadata)
    })

    return new WorkflowResponse(seller)
  }
)
