import { SELLER_SUMMARY_FIELDS } from "../../utils/centers"

export const retrieveSellerQueryConfig = {
  defaults: [...SELLER_SUMMARY_FIELDS, "status", "products.id", "products.status"],
  isList: false,
}
