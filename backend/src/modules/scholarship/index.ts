import { Module } from "@medusajs/framework/utils"
import ScholarshipModuleService from "./service"

export const SCHOLARSHIP_MODULE = "scholarship"

export default Module(SCHOLARSHIP_MODULE, {
  service: ScholarshipModuleService,
})
