export const adminCenterFields = [
  "id",
  "handle",
  "name",
  "district",
  "address",
  "lat",
  "lng",
  "opening_hours",
  "phone",
  "email",
  "description",
  "fee_rate",
  "status",
  "created_at",
  "updated_at",
  "sales_channel.id",
  "stock_location.id",
  "managers.id",
  "managers.email",
  "managers.first_name",
  "managers.last_name",
  "managers.phone",
]

export const listAdminCentersQueryConfig = {
  defaults: adminCenterFields,
  isList: true,
  defaultLimit: 20,
}

export const retrieveAdminCenterQueryConfig = {
  defaults: [...adminCenterFields, "rooms.id", "rooms.name", "rooms.capacity", "rooms.hourly_price", "rooms.amenities"],
  isList: false,
}
