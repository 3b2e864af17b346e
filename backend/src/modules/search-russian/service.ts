import { MedusaService } from "@medusajs/framework/utils"

/** No models, no methods: the module is its migration. */
export default class SearchRussianService extends MedusaService({}) {}
