import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelMaterialsCompensationWorkflow } from "../../../../../../../workflows/record-materials-compensation"
import type { ScopedRequest } from "../../../../../../utils/actors"

/** Cancels a compensation recorded by mistake (it stays listed, marked cancelled). */
export const POST = async (req: ScopedRequest, res: MedusaResponse) => {
  const { result } = await cancelMaterialsCompensationWorkflow(req.scope).run({
    input: { entry_id: req.params.entry_id, cancelled_by: req.manager!.id },
  })
  const { raw_amount: _raw, ...entry } = result as any
  res.json({ compensation: { ...entry, amount: Number(entry.amount) } })
}
