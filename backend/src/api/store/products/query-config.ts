import { SELLER_SUMMARY_FIELDS } from "../../utils/centers"

export const retrieveProductOriginQueryConfig = {
  defaults: [
    "id",
    "status",
    "sales_channels.id",
    "variants.id",
    "seller.status",
    ...SELLER_SUMMARY_FIELDS.map((f) => `seller.${f}`),
  ],
  isList: false,
}
