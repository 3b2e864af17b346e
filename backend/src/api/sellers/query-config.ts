export const sellerProfileFields = ["id", "handle", "name", "bio", "tax_status", "inn", "phone", "email", "photo_url", "status"]

export const sellerProductFields = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.sku",
  "sales_channels.id",
  "categories.id",
  "categories.name",
]
