import { Module } from "@medusajs/framework/utils"
import CenterModuleService from "./service"

export const CENTER_MODULE = "center"

export default Module(CENTER_MODULE, {
  service: CenterModuleService,
})
