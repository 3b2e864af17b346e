export const adminSellerFields = [
  "id",
  "handle",
  "name",
  "tax_status",
  "inn",
  "status",
  "email",
  "phone",
  "created_at",
  "updated_at",
]

export const listAdminSellersQueryConfig = {
  defaults: adminSellerFields,
  isList: true,
  defaultLimit: 20,
}
