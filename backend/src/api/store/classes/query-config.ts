export const MASTERCLASS_TYPE = "masterclass"

export const classSessionProductFields = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "sales_channels.id",
  "variants.id",
  "variants.metadata",
  "variants.calculated_price.calculated_amount",
]
