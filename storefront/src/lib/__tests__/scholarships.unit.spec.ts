import { describe, expect, it } from "vitest";
import { describeNotification } from "../notifications";
import { cartCodeError, scholarshipBody } from "../scholarships";
import { scholarshipErrors } from "../pages/manage-center-scholarships";

describe("scholarships in the storefront", () => {
  it("turns the backend's refusals of a cart code into the cart's words", () => {
    expect(cartCodeError("code: код не подходит")).toBe("cart.code.errorInvalid");
    expect(cartCodeError("code: код уже использован")).toBe("cart.code.errorUsed");
    expect(cartCodeError("code: срок действия кода истёк")).toBe("cart.code.errorExpired");
    expect(cartCodeError("code: код отозван менеджером центра")).toBe("cart.code.errorRevoked");
    expect(cartCodeError("code: код действует только на мастер-классы центра «Ромашка»")).toBe("cart.code.errorCenter");
    expect(cartCodeError("code: в корзине нет места на мастер-класс центра «Ромашка»")).toBe("cart.code.errorNoSeat");
    expect(cartCodeError("code: место дороже, чем покрывает стипендия (до 1000 ₽)")).toBe("cart.code.errorPrice");
    expect(cartCodeError("Promotion usage exceeds the limit.")).toBe("cart.code.errorInvalid");
  });

  it("sends only what was typed, and no percentage for a full seat", () => {
    const values = { recipient_email: "a@b.ru", recipient_phone: "", recipient_name: "", coverage: "full", percent: "40", max_seat_price: "1500", expires_at: "2026-12-31", note: "" };
    expect(scholarshipBody(values)).toEqual({ recipient_email: "a@b.ru", coverage: "full", max_seat_price: "1500", expires_at: "2026-12-31" });
    expect(scholarshipBody({ ...values, coverage: "percent" })).toMatchObject({ coverage: "percent", percent: "40" });
  });

  it("puts each backend issue at its field", () => {
    const { errors, general } = scholarshipErrors("percent: от 1 до 99; max_seat_price: не меньше 1 ₽");
    expect(errors.percent).toEqual({ text: "от 1 до 99", key: "scholarships.error.field" });
    expect(errors.max_seat_price).toMatchObject({ text: "не меньше 1 ₽" });
    expect(general).toEqual([]);
    expect(scholarshipErrors("status: нельзя отозвать — код уже использован").general).toHaveLength(1);
  });

  it("shows the «scholarship issued» message with its code and center", () => {
    const view = describeNotification({
      template: "scholarship-issued",
      data: { code: "SOS-ABCD-EFGH", center_name: "Ромашка", center_handle: "romashka", expires_at: "2026-12-31T20:59:59.000Z" },
    });
    expect(view).toEqual({
      key: "scholarships.notification",
      params: { code: "SOS-ABCD-EFGH", center: "Ромашка", until: expect.stringContaining("31") },
      path: "/centers/romashka",
    });
  });
});
