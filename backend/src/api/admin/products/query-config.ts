export const retrieveAdminProductOriginQueryConfig = {
  defaults: [
    "id",
    "title",
    "status",
    "sales_channels.id",
    "seller.id",
    "seller.handle",
    "seller.name",
    "seller.status",
    "seller.tax_status",
    "seller.inn",
  ],
  isList: false,
}
