import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { ScopedRequest } from "../../../utils/actors"
import type { GetSellerNotificationsType } from "./validators"

/**
 * What the platform told the artisan as an artisan (center decisions, exhibit decisions,
 * compensations), newest first. An artisan need not have a resident account, so these are found by
 * the seller id the message was addressed to — not by e-mail, which would also list the person's
 * resident messages (those stay on /account/notifications).
 */
export const GET = async (req: ScopedRequest<unknown, GetSellerNotificationsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const [notifications, count] = await req.scope.resolve(Modules.NOTIFICATION).listAndCountNotifications(
    { channel: "feed", receiver_id: req.seller!.id },
    {
      select: ["id", "template", "data", "resource_id", "resource_type", "created_at"],
      order: { created_at: "DESC" },
      take: limit,
      skip: offset,
    }
  )
  res.json({ notifications, count, limit, offset })
}
