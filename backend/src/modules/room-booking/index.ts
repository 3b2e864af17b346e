import { Module } from "@medusajs/framework/utils"
import RoomBookingModuleService from "./service"

export const ROOM_BOOKING_MODULE = "roomBooking"

export default Module(ROOM_BOOKING_MODULE, {
  service: RoomBookingModuleService,
})
