import type { MedusaResponse } from "@medusajs/framework/http"
import type { ScopedRequest } from "../../../utils/actors"
import { myExhibits } from "./helpers"

/** Exhibits at the artisan's approved centers, with their own application if any. */
export const GET = async (req: ScopedRequest, res: MedusaResponse) => {
  res.json({ exhibits: await myExhibits(req) })
}
