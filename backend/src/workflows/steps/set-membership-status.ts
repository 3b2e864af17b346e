import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import CenterSellerLink from "../../links/center-seller"
import { CENTER_MODULE } from "../../modules/center"
import { SELLER_MODULE } from "../../modules/seller"

export const MEMBERSHIP_STATUSES = ["pending", "approved", "declined", "suspended"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

export type SetMembershipStatusInput = { center_id: string; seller_id: string; status: MembershipStatus }

const linkOf = (input: { center_id: string; seller_id: string }, status: string) => ({
  [CENTER_MODULE]: { center_id: input.center_id },
  [SELLER_MODULE]: { seller_id: input.seller_id },
  data: { status },
})

/** Changes an existing membership only: a manager decides on sellers who asked for their center. */
export const setMembershipStatusStep = createStep(
  "set-membership-status",
  async (input: SetMembershipStatusInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [current] } = await query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["status"],
      filters: { center_id: input.center_id, seller_id: input.seller_id },
    })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "seller_id: этот мастер не просился в ваш центр")
    }
    // creating an existing link upserts its extra columns
    await container.resolve(ContainerRegistrationKeys.LINK).create(linkOf(input, input.status))
    // previous_status: whether anything changed (the artisan is told only of a real decision)
    return new StepResponse({ ...input, previous_status: current.status as string }, { ...input, status: current.status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(linkOf(previous, previous.status))
  }
)
