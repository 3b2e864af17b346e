import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import CenterModule from "../modules/center"

// A center's shop is a sales channel: curation is which products the channel holds.
export default defineLink(CenterModule.linkable.center, SalesChannelModule.linkable.salesChannel)
