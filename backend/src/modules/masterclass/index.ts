import { Module } from "@medusajs/framework/utils"
import MasterclassModuleService from "./service"

export const MASTERCLASS_MODULE = "masterclass"

export default Module(MASTERCLASS_MODULE, {
  service: MasterclassModuleService,
})
