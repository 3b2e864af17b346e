import { MedusaService } from "@medusajs/framework/utils"
import { Center } from "./models/center"
import { Manager } from "./models/manager"
import { Room } from "./models/room"

class CenterModuleService extends MedusaService({ Center, Room, Manager }) {}

export default CenterModuleService
