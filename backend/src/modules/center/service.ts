import { MedusaService } from "@medusajs/framework/utils"
import { Center } from "./models/center"
import { Room } from "./models/room"

class CenterModuleService extends MedusaService({ Center, Room }) {}

export default CenterModuleService
