import { describe, expect, it } from "vitest";
import { describeNotification } from "../notifications";

describe("a resident's notifications", () => {
  it("read as the part's news with a link to the order; unknown kinds still show", () => {
    expect(
      describeNotification({ template: "seller-order-status", data: { status: "ready_for_pickup", seller_name: "Мария", display_id: 7, order_id: "order_1" } }),
    ).toEqual({ key: "notifications.part.ready_for_pickup", params: { seller: "Мария", number: "7" }, path: "/orders/order_1" });
    expect(describeNotification({ template: "seller-order-status", data: { status: "handed_over", order_id: "../x" } })).toMatchObject({
      key: "notifications.part.handed_over",
      path: null,
    });
    expect(describeNotification({ template: "something-new", data: null })).toEqual({ key: "notifications.generic", params: {}, path: null });
  });
});
