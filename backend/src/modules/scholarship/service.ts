import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Scholarship } from "./models/scholarship"
import { ScholarshipBudget } from "./models/scholarship-budget"
import { checkBudgetTotal, checkRedemption } from "./rules"

export type BudgetRow = { center_id: string; total: number; reserved: number; spent: number; available: number }

const budgetRow = (r: any): BudgetRow => ({
  center_id: r.center_id,
  total: Number(r.total),
  reserved: Number(r.reserved),
  spent: Number(r.spent),
  available: Number(r.total) - Number(r.reserved) - Number(r.spent),
})

// A code whose checkout began just before its end may still be completing: its money stays held
// this long past expires_at (checkout itself refuses the code from expires_at on).
export const EXPIRY_GRACE_MINUTES = 60

/**
 * Budget arithmetic is done by single SQL statements on the budget row, never read-then-write in
 * Node: two managers issuing at once are serialised by the row lock their UPDATEs take, and the
 * second sees the first's reservation in its WHERE.
 */
class ScholarshipModuleService extends MedusaService({ Scholarship, ScholarshipBudget }) {
  @InjectTransactionManager()
  async budgetOf(center_id: string, @MedusaContext() sharedContext: Context = {}): Promise<BudgetRow> {
    const manager = sharedContext.transactionManager as any
    const [row] = await manager.execute(
      `select "center_id", "total", "reserved", "spent" from "scholarship_budget" where "center_id" = ? and "deleted_at" is null`,
      [center_id]
    )
    return row ? budgetRow(row) : { center_id, total: 0, reserved: 0, spent: 0, available: 0 }
  }

  /** Sets the total; refuses a total under what is already held or given. */
  @InjectTransactionManager()
  async setBudgetTotal(center_id: string, total: number, updated_by: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    // creates the row if missing; a concurrent creator is absorbed by the unique index
    await manager.execute(
      `insert into "scholarship_budget" ("id", "center_id", "total", "reserved", "spent")
       values (?, ?, 0, 0, 0) on conflict ("center_id") where "deleted_at" is null do nothing`,
      [`sbud_${center_id}`, center_id]
    )
    const [before] = await manager.execute(
      `select "center_id", "total", "reserved", "spent" from "scholarship_budget" where "center_id" = ? and "deleted_at" is null for update`,
      [center_id]
    )
    const refusal = checkBudgetTotal(total, { reserved: Number(before.reserved), spent: Number(before.spent) })
    if (refusal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${refusal.field}: ${refusal.message}`)
    }
    const [after] = await manager.execute(
      `update "scholarship_budget" set "total" = ?, "updated_by" = ?, "updated_at" = now() where "center_id" = ? and "deleted_at" is null
       returning "center_id", "total", "reserved", "spent"`,
      [total, updated_by, center_id]
    )
    return { before: budgetRow(before), after: budgetRow(after) }
  }

  /** Holds `amount` for a new code, or refuses if the center has less than that left. */
  @InjectTransactionManager()
  async reserve(center_id: string, amount: number, @MedusaContext() sharedContext: Context = {}): Promise<BudgetRow> {
    const manager = sharedContext.transactionManager as any
    const [row] = await manager.execute(
      `update "scholarship_budget" set "reserved" = "reserved" + ?, "updated_at" = now()
        where "center_id" = ? and "deleted_at" is null and "total" - "reserved" - "spent" >= ?
        returning "center_id", "total", "reserved", "spent"`,
      [amount, center_id, amount]
    )
    if (!row) {
      const left = await this.budgetOf(center_id, sharedContext)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `max_seat_price: в бюджете стипендий центра осталось ${Math.max(0, left.available)} ₽, а код может стоить ${amount} ₽`
      )
    }
    return budgetRow(row)
  }

  /** Gives a held amount back (a code that was not created after all, or revoked, or expired). */
  @InjectTransactionManager()
  async release(center_id: string, amount: number, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    await manager.execute(
      `update "scholarship_budget" set "reserved" = greatest(0, "reserved" - ?), "updated_at" = now() where "center_id" = ? and "deleted_at" is null`,
      [amount, center_id]
    )
  }

  /**
   * The resident's checkout takes the code: in one transaction the code becomes redeemed for this
   * cart and its money moves from held to spent (the discount; the rest of the hold goes back).
   * The code's row is locked first, so two carts with one code are served one after the other.
   * Completing the same cart again is a no-op (null); any other refusal is a 4xx naming `code`.
   */
  @InjectTransactionManager()
  async claim(
    input: { code: string; cart_id: string; discount: number; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string } | null> {
    const manager = sharedContext.transactionManager as any
    const [s] = await manager.execute(
      `select "id", "center_id", "status", "expires_at", "reserved_amount", "cart_id" from "scholarship"
        where "code" = ? and "deleted_at" is null for update`,
      [input.code]
    )
    if (!s) return null
    if (s.status === "redeemed" && s.cart_id === input.cart_id) return null
    const refusal = checkRedemption(
      { status: s.status, expires_at: s.expires_at, reserved_amount: Number(s.reserved_amount) },
      input.discount,
      input.now ?? new Date()
    )
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${refusal.field}: ${refusal.message}`)
    }
    await manager.execute(
      `update "scholarship" set "status" = 'redeemed', "cart_id" = ?, "spent_amount" = ?, "redeemed_at" = now(), "updated_at" = now() where "id" = ?`,
      [input.cart_id, input.discount, s.id]
    )
    await manager.execute(
      `update "scholarship_budget" set "reserved" = "reserved" - ?, "spent" = "spent" + ?, "updated_at" = now()
        where "center_id" = ? and "deleted_at" is null`,
      [Number(s.reserved_amount), input.discount, s.center_id]
    )
    return { id: s.id }
  }

  /** Undoes claim() when the checkout fails after it (the order was not placed). */
  @InjectTransactionManager()
  async unclaim(id: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    const [s] = await manager.execute(
      `select "id", "center_id", "reserved_amount", "spent_amount" from "scholarship"
        where "id" = ? and "status" = 'redeemed' and "order_id" is null for update`,
      [id]
    )
    if (!s) return
    await manager.execute(
      `update "scholarship" set "status" = 'issued', "cart_id" = null, "spent_amount" = 0, "redeemed_at" = null, "updated_at" = now() where "id" = ?`,
      [id]
    )
    await manager.execute(
      `update "scholarship_budget" set "reserved" = "reserved" + ?, "spent" = greatest(0, "spent" - ?), "updated_at" = now()
        where "center_id" = ? and "deleted_at" is null`,
      [Number(s.reserved_amount), Number(s.spent_amount), s.center_id]
    )
  }

  /** A manager takes back a code given by mistake: only an unused one; its hold goes back. */
  @InjectTransactionManager()
  async revoke(input: { id: string; center_id: string; by: string }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    const [s] = await manager.execute(
      `select "id", "status", "reserved_amount", "promotion_id" from "scholarship" where "id" = ? and "center_id" = ? and "deleted_at" is null for update`,
      [input.id, input.center_id]
    )
    if (!s) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "id: стипендия не найдена")
    }
    if (s.status !== "issued") {
      const why = s.status === "redeemed" ? "код уже использован" : s.status === "expired" ? "срок кода истёк" : "код уже отозван"
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: нельзя отозвать — ${why}`)
    }
    await manager.execute(
      `update "scholarship" set "status" = 'revoked', "revoked_at" = now(), "revoked_by" = ?, "updated_at" = now() where "id" = ?`,
      [input.by, s.id]
    )
    await this.release(input.center_id, Number(s.reserved_amount), sharedContext)
    return { id: s.id as string, promotion_id: s.promotion_id as string | null, reserved_amount: Number(s.reserved_amount) }
  }

  /** Undoes revoke() (its workflow failed later): the hold is taken again only if it still fits. */
  @InjectTransactionManager()
  async unrevoke(input: { id: string; center_id: string; reserved_amount: number }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    await this.reserve(input.center_id, input.reserved_amount, sharedContext)
    await manager.execute(
      `update "scholarship" set "status" = 'issued', "revoked_at" = null, "revoked_by" = null, "updated_at" = now() where "id" = ? and "status" = 'revoked'`,
      [input.id]
    )
  }

  /**
   * Codes past their end (and the grace above) become expired and their holds go back, in one
   * transaction. Returns the promotions to switch off.
   */
  @InjectTransactionManager()
  async expireDue(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<{ id: string; promotion_id: string | null }[]> {
    const manager = sharedContext.transactionManager as any
    const cutoff = new Date(now.getTime() - EXPIRY_GRACE_MINUTES * 60_000)
    const rows = await manager.execute(
      `update "scholarship" set "status" = 'expired', "updated_at" = now()
        where "status" = 'issued' and "expires_at" < ? and "deleted_at" is null
        returning "id", "center_id", "reserved_amount", "promotion_id"`,
      [cutoff]
    )
    const byCenter = new Map<string, number>()
    for (const r of rows) {
      byCenter.set(r.center_id, (byCenter.get(r.center_id) ?? 0) + Number(r.reserved_amount))
    }
    for (const [center_id, amount] of byCenter) {
      await this.release(center_id, amount, sharedContext)
    }
    return rows.map((r: any) => ({ id: r.id, promotion_id: r.promotion_id }))
  }
}

export default ScholarshipModuleService
