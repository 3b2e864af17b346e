import { MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"

class LedgerModuleService extends MedusaService({ LedgerEntry }) {}

export default LedgerModuleService
