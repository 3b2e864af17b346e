import { describe, expect, it } from "vitest";
import { choosePickupOption, isValidEmail, normalizeRussianPhone, validateCheckoutForm } from "../checkout";
import { t } from "../i18n";

describe("normalizeRussianPhone", () => {
  it.each([
    ["+7 916 123-45-67", "+79161234567"],
    ["+7 (916) 123-45-67", "+79161234567"],
    ["+79161234567", "+79161234567"],
    ["8 916 123 45 67", "+79161234567"],
    ["8(916)1234567", "+79161234567"],
    ["89161234567", "+79161234567"],
    ["7 916 123 45 67", "+79161234567"],
    ["8-495-123-45-67", "+74951234567"],
    ["(495) 123-45-67", "+74951234567"],
    ["916.123.45.67", "+79161234567"],
    ["  +7 916 123 45 67  ", "+79161234567"],
  ])("accepts %s", (input, expected) => {
    expect(normalizeRussianPhone(input)).toBe(expected);
  });

  it.each([
    [""],
    ["12345"],
    ["+1 916 123 45 67"],
    ["+8 916 123 45 67"],
    ["9 916 123 45 67"],
    ["8 916 123 45 6"],
    ["8 916 123 45 678"],
    ["+7 916 123 45 67 доб. 2"],
    ["+7 016 123 45 67"],
    ["7+9161234567"],
    ["++79161234567"],
    ["phone"],
  ])("rejects %s", (input) => {
    expect(normalizeRussianPhone(input)).toBeNull();
  });
});

describe("isValidEmail", () => {
  it.each(["ivanova@mail.ru", "a.b+c@yandex.ru", "Ivan.Petrov@Example.COM", "x_y@sub.domain.org"])("accepts %s", (e) =>
    expect(isValidEmail(e)).toBe(true),
  );
  it.each(["", "ivanova", "ivanova@", "@mail.ru", "ivanova@mail", "iva nova@mail.ru", "a..b@mail.ru", "ivanova@mail.r"])(
    "rejects %s",
    (e) => expect(isValidEmail(e)).toBe(false),
  );
});

describe("validateCheckoutForm", () => {
  const good = { email: " Ivanova@Mail.ru ", first_name: "Мария", last_name: "Иванова", phone: "8 (916) 123-45-67" };

  it("accepts a correct form and normalises values", () => {
    const r = validateCheckoutForm(good);
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual({});
    expect(r.data).toEqual({ email: "ivanova@mail.ru", first_name: "Мария", last_name: "Иванова", phone: "+79161234567" });
  });

  it("keeps what was typed (trimmed) for re-display", () => {
    const r = validateCheckoutForm({ ...good, phone: "12345" });
    expect(r.ok).toBe(false);
    expect(r.values.phone).toBe("12345");
    expect(r.values.email).toBe("Ivanova@Mail.ru");
    expect(r.data).toBeUndefined();
  });

  it("gives a Russian message for a bad phone", () => {
    const r = validateCheckoutForm({ ...good, phone: "12345" });
    expect(r.errors.phone).toBe("validation.phone.invalid");
    expect(t("ru", r.errors.phone!)).toMatch(/^Проверьте номер/);
  });

  it("requires e-mail, first name and phone; last name is optional", () => {
    const r = validateCheckoutForm({});
    expect(r.errors).toEqual({
      email: "validation.email.required",
      first_name: "validation.name.required",
      phone: "validation.phone.required",
    });
    expect(validateCheckoutForm({ ...good, last_name: "" }).ok).toBe(true);
  });

  it("rejects a bad e-mail", () => {
    expect(validateCheckoutForm({ ...good, email: "ivanova@mail" }).errors.email).toBe("validation.email.invalid");
  });

  it("checks names: letters (any alphabet), hyphens, apostrophes; not too long", () => {
    expect(validateCheckoutForm({ ...good, first_name: "Анна-Мария" }).ok).toBe(true);
    expect(validateCheckoutForm({ ...good, last_name: "O'Brien" }).ok).toBe(true);
    expect(validateCheckoutForm({ ...good, first_name: "12345" }).errors.first_name).toBe("validation.name.invalid");
    expect(validateCheckoutForm({ ...good, first_name: "<script>" }).errors.first_name).toBe("validation.name.invalid");
    expect(validateCheckoutForm({ ...good, first_name: "Я".repeat(81) }).errors.first_name).toBe("validation.name.tooLong");
  });

  it("collapses whitespace and ignores non-string input", () => {
    const r = validateCheckoutForm({ ...good, first_name: "  Мария   Ивановна " });
    expect(r.values.first_name).toBe("Мария Ивановна");
    expect(validateCheckoutForm({ ...good, email: 42 as unknown as string }).errors.email).toBe("validation.email.required");
  });
});

describe("choosePickupOption", () => {
  it("prefers a pickup option at the center's stock location", () => {
    const options = [
      { id: "courier", name: "Курьер" },
      { id: "pickup-other", service_zone: { fulfillment_set: { type: "pickup", location: { id: "sloc_2" } } } },
      { id: "pickup-here", service_zone: { fulfillment_set: { type: "pickup", location: { id: "sloc_1" } } } },
    ];
    expect(choosePickupOption(options, "sloc_1")?.id).toBe("pickup-here");
  });
  it("falls back to the first option", () => {
    expect(choosePickupOption([{ id: "a" }, { id: "b" }])?.id).toBe("a");
    expect(choosePickupOption([])).toBeUndefined();
  });
});
