import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import RussianPostgresSearchService from "./service"

export default ModuleProvider(Modules.SEARCH, { services: [RussianPostgresSearchService] })
