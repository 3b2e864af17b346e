// /account/register (a resident's sign-up) and /account (profile and order history).
import { afterLoginPath, readToken, setToken, withRole } from "../accounts";
import {
  formToRegisterInput,
  getCustomer,
  listCustomerOrders,
  registerCustomer,
  validateRegisterForm,
  type Customer,
  type RegisterErrors,
  type RegisterValidation,
} from "../customer-account";
import { formString, isPost, pageLocale, readForm, safeReturnPath, seeOther, type Ctx } from "../http";
import { localePath } from "../i18n";
import { sdkFor } from "../medusa";
import type { Order } from "../types";
import type { BasePageData } from "./common";
import { accountTickets, type TicketsBlock } from "./class-tickets";

export interface AccountRegisterData extends BasePageData {
  status?: number;
  values: RegisterValidation["values"];
  errors: RegisterErrors;
  next: string;
}

export async function loadAccountRegisterPage(ctx: Ctx): Promise<Response | AccountRegisterData> {
  const locale = pageLocale(ctx);
  if (!isPost(ctx) && readToken(ctx.cookies, "customer")) return seeOther(localePath(locale, "/account"));
  const data: AccountRegisterData = {
    locale,
    values: { email: "", first_name: "", last_name: "", phone: "" },
    errors: {},
    next: safeReturnPath(isPost(ctx) ? null : ctx.url.searchParams.get("next"), "/account"),
  };
  if (!isPost(ctx)) return data;

  const form = await readForm(ctx.request);
  data.next = safeReturnPath(formString(form, "next", 1000), "/account");
  const result = validateRegisterForm(formToRegisterInput(form));
  data.values = result.values;
  data.errors = result.errors;
  data.status = 422;
  if (!result.ok || !result.data) return data;

  const registered = await registerCustomer(result.data);
  if (!registered.ok) {
    data.errors = registered.reason === "wrong-password" ? { email: "customer.emailTaken" } : { email: "customer.alreadyCustomer" };
    return data;
  }
  setToken(ctx, "customer", registered.token);
  return seeOther(afterLoginPath(locale, "customer", data.next));
}

export interface AccountPageData extends BasePageData {
  customer: Customer;
  orders: Order[];
  /** Issue 4: «Мои билеты». */
  tickets: TicketsBlock;
}

export async function loadAccountPage(ctx: Ctx): Promise<Response | AccountPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  return withRole<AccountPageData>(ctx, "customer", locale, async (token) => {
    const tickets = await accountTickets(ctx, locale, token);
    if (tickets instanceof Response) return tickets;
    const [customer, orders] = await Promise.all([getCustomer(sdk, token), listCustomerOrders(sdk, token)]);
    return { locale, customer, orders, tickets };
  });
}
