import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CenterModule from "../modules/center"

// The center's pickup point: where its goods are kept and handed over.
export default defineLink(CenterModule.linkable.center, StockLocationModule.linkable.stockLocation)
