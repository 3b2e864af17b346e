export const managedCenterFields = ["id", "handle", "name", "district", "address"]

export const membershipSellerFields = ["id", "handle", "name", "bio", "tax_status", "phone", "email", "status"]

export const roomFields = ["id", "name", "capacity", "hourly_price", "amenities", "opening_hours"]
