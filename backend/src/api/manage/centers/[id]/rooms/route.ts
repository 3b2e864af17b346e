import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCenterRoomWorkflow } from "../../../../../workflows/center-rooms"
import type { ScopedRequest } from "../../../../utils/actors"
import { roomFields } from "../../../query-config"
import type { PostRoomType } from "../../../validators"

export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rooms } = await query.graph({ entity: "room", fields: roomFields, filters: { center_id: req.params.id } })
  res.json({ rooms })
}

export const POST = async (req: ScopedRequest<PostRoomType>, res: MedusaResponse) => {
  const { result } = await createCenterRoomWorkflow(req.scope).run({
    input: { ...req.validatedBody, center_id: req.params.id },
  })
  res.status(201).json({ room: result })
}
