// Residents' accounts (actor `customer`) through Medusa's standard customer API: registration
// (pure validation + the backend calls), the profile, the order history and attaching a cart.
import { loginAs } from "./accounts";
import { validateContact } from "./checkout";
import type { MessageKey } from "./i18n";
import { createSdk, errorMessage, httpStatus, normalizeError, type Sdk } from "./medusa";
import type { Order } from "./types";

export const REGISTER_FIELDS = ["email", "password", "first_name", "last_name", "phone"] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];
export type RegisterValues = Record<RegisterField, string>;
export type RegisterErrors = Partial<Record<RegisterField, MessageKey>>;

export const PASSWORD_MIN = 8;
const PASSWORD_MAX = 200;
export interface RegisterValidation {
  ok: boolean;
  /** What the resident typed (trimmed; never the password), to put back into the form. */
  values: Omit<RegisterValues, "password">;
  errors: RegisterErrors;
  /** Normalised values for the backend (only when ok): lower-case e-mail, «+7…» phone. */
  data?: RegisterValues;
}

/** Validate the registration form. Messages are dictionary keys (Russian text via t()). */
export function validateRegisterForm(input: Partial<Record<RegisterField, unknown>>): RegisterValidation {
  // the same contact rules as checkout, but an account needs the last name
  const contact = validateContact(input, { lastNameRequired: true });
  const password = typeof input.password === "string" ? input.password : "";
  const errors: RegisterErrors = { ...contact.errors };
  if (!password) errors.password = "account.passwordRequired";
  else if (password.length < PASSWORD_MIN) errors.password = "customer.passwordTooShort";
  else if (password.length > PASSWORD_MAX) errors.password = "customer.passwordTooLong";
  const ok = Object.keys(errors).length === 0;
  return { ok, values: contact.values, errors, data: ok ? { ...contact.data!, password } : undefined };
}

export function formToRegisterInput(form: FormData): Partial<Record<RegisterField, unknown>> {
  return Object.fromEntries(REGISTER_FIELDS.map((f) => [f, form.get(f)]));
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export type CustomerRegisterResult =
  | { ok: true; token: string }
  | { ok: false; reason: "wrong-password" | "already-customer" };

/**
 * Register a resident: a new login (or — when the e-mail already has one, e.g. an artisan's —
 * that login, if the password matches: one login, several roles), the customer with that
 * token, then a fresh sign-in for a token with the customer in it.
 */
export async function registerCustomer(data: RegisterValues): Promise<CustomerRegisterResult> {
  const { email, password } = data;
  let authToken: string | null = null;
  try {
    authToken = await createSdk().auth.register("customer", "emailpass", { email, password });
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 401 && status !== 400) throw normalizeError(error);
    if (!/exist/i.test(errorMessage(error))) console.warn(`[storefront] customer register: ${errorMessage(error)}`);
  }
  if (!authToken) {
    authToken = await loginAs("customer", email, password);
    if (!authToken) return { ok: false, reason: "wrong-password" };
  }
  try {
    await createSdk().store.customer.create(
      { email, first_name: data.first_name, last_name: data.last_name, phone: data.phone },
      {},
      bearer(authToken),
    );
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 400 && status !== 401 && status !== 409 && status !== 422) throw normalizeError(error);
    // This login is already a customer («already authenticated as a customer» / «already exists»).
    if (/already/i.test(errorMessage(error))) return { ok: false, reason: "already-customer" };
    throw normalizeError(error);
  }
  const token = await loginAs("customer", email, password);
  if (!token) throw new Error("The new customer could not sign in");
  return { ok: true, token };
}

export interface Customer {
  id: string;
  email: string;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
}

/** The signed-in resident (401 for a token without a customer: the caller decides). */
export async function getCustomer(sdk: Sdk, token: string): Promise<Customer> {
  const { customer } = (await sdk.store.customer.retrieve({}, bearer(token))) as unknown as { customer: Customer };
  return customer;
}

/** The resident's orders, newest first. */
export async function listCustomerOrders(sdk: Sdk, token: string): Promise<Order[]> {
  const { orders } = (await sdk.store.order.list(
    { limit: 50, order: "-created_at", fields: "id,display_id,status,created_at,total,currency_code" } as never,
    bearer(token),
  )) as unknown as { orders: Order[] };
  return orders ?? [];
}

/**
 * Attach the cart to the signed-in resident before completing it, so that the order lands in
 * their history. False when the token is no longer good (the order then goes through as a guest's).
 */
export async function attachCartToCustomer(sdk: Sdk, cartId: string, token: string): Promise<boolean> {
  try {
    await sdk.store.cart.transferCart(cartId, {}, bearer(token));
    return true;
  } catch (error) {
    if (httpStatus(error) === 401) return false;
    throw normalizeError(error);
  }
}

/** The checkout form's starting values from the resident's profile. */
export function customerPrefill(customer: Customer): { email: string; first_name: string; last_name: string; phone: string } {
  return {
    email: customer.email ?? "",
    first_name: customer.first_name ?? "",
    last_name: customer.last_name ?? "",
    phone: customer.phone ?? "",
  };
}
