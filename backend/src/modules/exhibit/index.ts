import { Module } from "@medusajs/framework/utils"
import ExhibitModuleService from "./service"

export const EXHIBIT_MODULE = "exhibit"

export default Module(EXHIBIT_MODULE, {
  service: ExhibitModuleService,
})
