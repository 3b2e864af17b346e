import { MedusaService } from "@medusajs/framework/utils"
import { RoomBooking } from "./models/room-booking"

class RoomBookingModuleService extends MedusaService({ RoomBooking }) {}

export default RoomBookingModuleService
