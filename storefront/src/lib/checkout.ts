// Checkout: server-side form validation (pure) and placing the order (backend calls).
import type { MessageKey } from "./i18n";
import { errorMessage, isBackendUnavailable, normalizeError, type Sdk } from "./medusa";
import type { Cart, Center } from "./types";

export const CHECKOUT_FIELDS = ["email", "first_name", "last_name", "phone"] as const;
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];
export type CheckoutValues = Record<CheckoutField, string>;
export type CheckoutErrors = Partial<Record<CheckoutField, MessageKey>>;

export interface CheckoutValidation {
  ok: boolean;
  /** What the resident typed (trimmed), to put back into the form. */
  values: CheckoutValues;
  errors: CheckoutErrors;
  /** Normalised values to send to the backend (only when ok). */
  data?: CheckoutValues;
}

const PHONE_ALLOWED = /^[\d\s()+.\-‐‑–—]+$/;

/**
 * Russian phone numbers: +7 / 7 / 8 followed by 10 digits, or just the 10 digits;
 * spaces, dashes, dots and brackets are fine. Returns «+79161234567» or null.
 */
export function normalizeRussianPhone(raw: string): string | null {
  const input = raw.trim();
  if (!input || !PHONE_ALLOWED.test(input)) return null;
  if (input.indexOf("+") > 0 || (input.match(/\+/g) ?? []).length > 1) return null;
  const digits = input.replace(/\D/g, "");
  let national: string | null = null;
  if (input.startsWith("+")) {
    if (digits.length === 11 && digits.startsWith("7")) national = digits.slice(1);
  } else if (digits.length === 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
    national = digits.slice(1);
  } else if (digits.length === 10 && /^[349]/.test(digits)) {
    // Without a prefix; a leading 8 or 7 more likely means a digit is missing.
    national = digits;
  }
  if (!national || !/^[3-9]\d{9}$/.test(national)) return null;
  return `+7${national}`;
}

// ASCII e-mail, the same shape the backend (zod) accepts.
const EMAIL_RE =
  /^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isValidEmail(raw: string): boolean {
  const email = raw.trim();
  return email.length <= 254 && EMAIL_RE.test(email);
}

const NAME_RE = /^\p{L}[\p{L}\p{M}\s'’.-]*$/u;
const NAME_MAX = 80;

function nameError(value: string, required: MessageKey | false): MessageKey | undefined {
  if (!value) return required || undefined;
  if (value.length > NAME_MAX) return "validation.name.tooLong";
  if (!NAME_RE.test(value)) return "validation.name.invalid";
  return undefined;
}

function collapse(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim().slice(0, 300) : "";
}

/**
 * The contact fields residents type at checkout and at registration: e-mail, names, phone.
 * Messages are dictionary keys (Russian text via t()).
 */
export function validateContact(
  input: Partial<Record<CheckoutField, unknown>>,
  { lastNameRequired }: { lastNameRequired: boolean },
): CheckoutValidation {
  const values: CheckoutValues = {
    email: collapse(input.email),
    first_name: collapse(input.first_name),
    last_name: collapse(input.last_name),
    phone: collapse(input.phone),
  };
  const errors: CheckoutErrors = {};

  if (!values.email) errors.email = "validation.email.required";
  else if (!isValidEmail(values.email)) errors.email = "validation.email.invalid";

  const firstNameError = nameError(values.first_name, "validation.name.required");
  if (firstNameError) errors.first_name = firstNameError;
  const lastNameError = nameError(values.last_name, lastNameRequired && "validation.lastName.required");
  if (lastNameError) errors.last_name = lastNameError;

  const phone = values.phone ? normalizeRussianPhone(values.phone) : null;
  if (!values.phone) errors.phone = "validation.phone.required";
  else if (!phone) errors.phone = "validation.phone.invalid";

  const ok = Object.keys(errors).length === 0;
  return {
    ok,
    values,
    errors,
    data: ok ? { ...values, email: values.email.toLowerCase(), phone: phone! } : undefined,
  };
}

/** The checkout form: the last name may be left out (the center calls by first name). */
export function validateCheckoutForm(input: Partial<Record<CheckoutField, unknown>>): CheckoutValidation {
  return validateContact(input, { lastNameRequired: false });
}

export function formToCheckoutInput(form: FormData): Partial<Record<CheckoutField, unknown>> {
  return Object.fromEntries(CHECKOUT_FIELDS.map((f) => [f, form.get(f)]));
}

// ---- placing the order -------------------------------------------------------

export type PlaceOrderResult = { ok: true; orderId: string } | { ok: false; error: MessageKey };

interface ShippingOption {
  id: string;
  name?: string;
  price_type?: string;
  service_zone?: { fulfillment_set?: { type?: string; location?: { id?: string } | null } | null } | null;
  type?: { code?: string } | null;
  insufficient_inventory?: boolean;
}

/** Prefer a pickup option (fulfillment set of type «pickup»), else the first one. */
export function choosePickupOption(options: ShippingOption[], stockLocationId?: string): ShippingOption | undefined {
  const usable = options.filter((o) => !o.insufficient_inventory);
  const pool = usable.length ? usable : options;
  const isPickup = (o: ShippingOption) =>
    o.service_zone?.fulfillment_set?.type === "pickup" || /pickup|самовывоз/i.test(`${o.type?.code ?? ""} ${o.name ?? ""}`);
  const atLocation = (o: ShippingOption) =>
    !stockLocationId || !o.service_zone?.fulfillment_set?.location?.id || o.service_zone.fulfillment_set.location.id === stockLocationId;
  return pool.find((o) => isPickup(o) && atLocation(o)) ?? pool.find(isPickup) ?? pool[0];
}

function classifyOrderError(error: unknown): MessageKey {
  const msg = errorMessage(error).toLowerCase();
  // issue 4: a class session sold out while the resident was checking out (the backend's 409)
  if (/^items: места на|закончились/.test(msg)) return "tickets.soldOutAtCheckout";
  if (/inventory|stock|quantity|available/.test(msg)) return "checkout.errorStock";
  return "checkout.errorGeneric";
}

/**
 * email + pickup address -> pickup shipping method -> pay-at-the-center session -> complete.
 * Each step is safe to repeat if the resident submits again after an error.
 */
export async function placeOrder(sdk: Sdk, cart: Cart, center: Center, data: CheckoutValues): Promise<PlaceOrderResult> {
  const address = {
    first_name: data.first_name,
    last_name: data.last_name,
    phone: data.phone,
    address_1: center.address,
    city: "Москва",
    country_code: "ru",
  };
  try {
    const updated = (await sdk.store.cart.update(cart.id, {
      email: data.email,
      shipping_address: address,
      billing_address: address,
    })) as unknown as { cart: Cart };

    const { shipping_options } = (await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })) as unknown as {
      shipping_options: ShippingOption[];
    };
    const option = choosePickupOption(shipping_options ?? [], center.stock_location_id);
    if (!option) return { ok: false, error: "checkout.errorNoPickup" };

    const already = (updated.cart.shipping_methods ?? []).some((m) => m.shipping_option_id === option.id);
    let current = updated.cart;
    if (!already) {
      current = ((await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id })) as unknown as { cart: Cart }).cart;
    }

    await sdk.store.payment.initiatePaymentSession(current as never, { provider_id: "pp_system_default" });

    const result = (await sdk.store.cart.complete(cart.id)) as unknown as
      | { type: "order"; order: { id: string } }
      | { type: "cart"; error?: { message?: string } };
    if (result.type === "order" && result.order?.id) return { ok: true, orderId: result.order.id };
    console.warn(`[storefront] cart ${cart.id} not completed: ${result.type === "cart" ? result.error?.message : "?"}`);
    return { ok: false, error: classifyOrderError(result.type === "cart" ? result.error : undefined) };
  } catch (error) {
    if (isBackendUnavailable(error)) throw normalizeError(error);
    console.warn(`[storefront] checkout of cart ${cart.id} failed: ${errorMessage(error)}`);
    return { ok: false, error: classifyOrderError(error) };
  }
}
