import { model } from "@medusajs/framework/utils"

/**
 * One occupancy of a room: a resident's booking, a class session held there, or time the manager
 * blocked. Two non-cancelled rows of one room never overlap — the database refuses it (an exclusion
 * constraint in the migration), whatever the application checks.
 */
export const RoomBooking = model
  .define("room_booking", {
    id: model.id({ prefix: "rbk" }).primaryKey(),
    room_id: model.text(),
    center_id: model.text(),
    kind: model.enum(["booking", "session", "block"]).default("booking"),
    status: model.enum(["held", "confirmed", "cancelled"]).default("held"),
    // [starts_at, ends_at), UTC
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    hold_expires_at: model.dateTime().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    name: model.text().nullable(),
    phone: model.text().nullable(),
    purpose: model.text().nullable(),
    // e.g. the class session this occupancy stands for
    source_id: model.text().nullable(),
    // 6 digits, valid [code_valid_from, ends_at); null until confirmed and after cancellation
    door_code: model.text().nullable(),
    code_valid_from: model.dateTime().nullable(),
    // RUB for the whole booking (hours × the room's hourly price)
    price: model.bigNumber(),
    order_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["room_id", "starts_at"] },
    { on: ["customer_id"] },
    { on: ["source_id"] },
  ])
