import { MedusaService } from "@medusajs/framework/utils"
import { ClassSession } from "./models/class-session"
import { Ticket } from "./models/ticket"
import { WaitlistEntry } from "./models/waitlist-entry"

class MasterclassModuleService extends MedusaService({ ClassSession, Ticket, WaitlistEntry }) {}

export default MasterclassModuleService
