export const storeCenterFields = [
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
  "sales_channel.id",
  "stock_location.id",
]

export const listCentersQueryConfig = {
  defaults: storeCenterFields,
  isList: true,
  defaultLimit: 50,
}

export const retrieveCenterQueryConfig = {
  defaults: [
    ...storeCenterFields,
    "featured_product_ids",
    "rooms.id",
    "rooms.name",
    "rooms.capacity",
    "rooms.hourly_price",
    "rooms.amenities",
  ],
  isList: false,
}

export const centerShopProductFields = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "seller.handle",
  "seller.name",
  "seller.status",
  "variants.id",
  "variants.calculated_price.calculated_amount",
]
