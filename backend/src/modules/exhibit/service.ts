import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Exhibit } from "./models/exhibit"
import { ExhibitApplication } from "./models/exhibit-application"
import { checkDecision } from "./rules"

export type Decision = {
  exhibit_id: string
  application_id: string
  status: "approved" | "declined"
  decision_note?: string | null
}

export type ApplicationState = {
  id: string
  status: string
  decision_note: string | null
  decided_at: Date | null
}

class ExhibitModuleService extends MedusaService({ Exhibit, ExhibitApplication }) {
  /**
   * Records a manager's decision. The exhibit's row is locked (SELECT … FOR UPDATE) for the
   * transaction, so two managers approving the last place at once are served one after the
   * other: the second sees the place taken and is refused.
   */
  @InjectTransactionManager()
  async decideApplication(
    decision: Decision,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ before: ApplicationState; after: ApplicationState }> {
    const manager = sharedContext.transactionManager as any
    const [exhibit] = await manager.execute(
      `select "id", "places" from "exhibit" where "id" = ? and "deleted_at" is null for update`,
      [decision.exhibit_id]
    )
    const [application] = await manager.execute(
      `select "id", "status", "decision_note", "decided_at" from "exhibit_application"
        where "id" = ? and "exhibit_id" = ? and "deleted_at" is null for update`,
      [decision.application_id, decision.exhibit_id]
    )
    if (!exhibit || !application) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "application_id: заявка не найдена")
    }
    const [{ count }] = await manager.execute(
      `select count(*)::int as "count" from "exhibit_application"
        where "exhibit_id" = ? and "status" = 'approved' and "deleted_at" is null`,
      [decision.exhibit_id]
    )
    const refusal = checkDecision(application, decision.status, exhibit, Number(count))
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${refusal.field}: ${refusal.message}`)
    }
    const decidedAt = new Date()
    await manager.execute(
      `update "exhibit_application" set "status" = ?, "decision_note" = ?, "decided_at" = ?, "updated_at" = now() where "id" = ?`,
      [decision.status, decision.decision_note ?? null, decidedAt, application.id]
    )
    return {
      before: application,
      after: { id: application.id, status: decision.status, decision_note: decision.decision_note ?? null, decided_at: decidedAt },
    }
  }
}

export default ExhibitModuleService
