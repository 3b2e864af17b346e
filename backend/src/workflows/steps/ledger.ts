import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

export type RecordCompensationInput = {
  center_id: string
  seller_id: string
  product_id: string
  session_id?: string | null
  amount: number
  note?: string | null
  recorded_by: string
}

export const createLedgerEntryStep = createStep(
  "create-ledger-entry",
  async (input: RecordCompensationInput, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const entry = await ledger.createLedgerEntries({
      kind: "materials_compensation",
      center_id: input.center_id,
      seller_id: input.seller_id,
      product_id: input.product_id,
      session_id: input.session_id ?? null,
      amount: input.amount,
      note: input.note ?? "",
      recorded_by: input.recorded_by,
      recorded_at: new Date(),
    })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    // undone before anyone could see it (a later step failed): it never happened
    await (container.resolve(LEDGER_MODULE) as LedgerModuleService).deleteLedgerEntries(id)
  }
)

export const cancelLedgerEntryStep = createStep(
  "cancel-ledger-entry",
  async (input: { entry_id: string; cancelled_by: string }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const current = await ledger.retrieveLedgerEntry(input.entry_id)
    if (current.cancelled_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "entry_id: эта компенсация уже отменена")
    }
    const entry = await ledger.updateLedgerEntries({ id: input.entry_id, cancelled_at: new Date(), cancelled_by: input.cancelled_by })
    return new StepResponse(entry, input.entry_id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(LEDGER_MODULE) as LedgerModuleService).updateLedgerEntries({ id, cancelled_at: null, cancelled_by: null })
  }
)
