// /sell/login, /manage/login (sign in) and /sell/logout, /manage/logout (sign out): one loader per
// role-parametrised page. A login is kept only when it really is an artisan's / a manager's.
import {
  afterLoginPath,
  clearToken,
  isUnauthorized,
  loginAs,
  readToken,
  ROLE_PATHS,
  setToken,
  type Role,
} from "../accounts";
import { isValidEmail } from "../checkout";
import { formString, href, isPost, pageLocale, readForm, safeReturnPath, seeOther, type Ctx } from "../http";
import { localePath, type MessageKey } from "../i18n";
import { getManager } from "../manage";
import { normalizeError, sdkFor } from "../medusa";
import { getMySeller } from "../seller-account";
import { getCustomer } from "../customer-account";
import type { BasePageData } from "./common";

export interface LoginPageData extends BasePageData {
  status?: number;
  role: Role;
  email: string;
  /** Where to go after signing in (a same-site path without the locale prefix). */
  next: string;
  errors: { email?: MessageKey; password?: MessageKey };
  /** Wrong credentials, or a login without this role. */
  formError: MessageKey | null;
  notice: MessageKey | null;
}

const NOTICES: Record<string, MessageKey> = {
  loggedout: "account.loggedOut",
  joined: "account.joinedSignIn",
  registered: "customer.registeredSignIn",
};

export async function loadLoginPage(ctx: Ctx, role: Role): Promise<Response | LoginPageData> {
  const locale = pageLocale(ctx);
  const home = ROLE_PATHS[role].home;
  const askedNext = isPost(ctx) ? null : ctx.url.searchParams.get("next");
  const data: LoginPageData = {
    locale,
    role,
    email: "",
    next: safeReturnPath(askedNext, home),
    errors: {},
    formError: null,
    notice: NOTICES[ctx.url.searchParams.get("done") ?? ""] ?? null,
  };
  if (!isPost(ctx)) return data;

  const form = await readForm(ctx.request);
  const email = formString(form, "email", 254).toLowerCase();
  const password = typeof form.get("password") === "string" ? String(form.get("password")).slice(0, 200) : "";
  data.email = email;
  data.next = safeReturnPath(formString(form, "next", 1000), home);
  data.notice = null;
  data.status = 422;
  if (!email) data.errors.email = "validation.email.required";
  else if (!isValidEmail(email)) data.errors.email = "validation.email.invalid";
  if (!password) data.errors.password = "account.passwordRequired";
  if (data.errors.email || data.errors.password) return data;

  const token = await loginAs(role, email, password);
  if (!token) {
    data.formError = "account.wrongCredentials";
    return data;
  }
  // The login exists, but is it an artisan's / a manager's? (The token of a login without the
  // role has no actor in it: the role's own routes answer 401.)
  try {
    const sdk = sdkFor(ctx.locals);
    if (role === "seller") await getMySeller(sdk, token);
    else if (role === "manager") await getManager(sdk, token);
    else await getCustomer(sdk, token);
  } catch (error) {
    if (!isUnauthorized(error)) throw normalizeError(error);
    data.formError = role === "seller" ? "account.notSeller" : role === "manager" ? "account.notManager" : "account.notCustomer";
    return data;
  }
  setToken(ctx, role, token);
  return seeOther(afterLoginPath(locale, role, data.next));
}

/** Sign out (a POST from the «Выйти» form); a GET just goes to the role's home. */
export async function loadLogoutPage(ctx: Ctx, role: Role): Promise<Response> {
  const locale = pageLocale(ctx);
  if (!isPost(ctx)) return seeOther(localePath(locale, readToken(ctx.cookies, role) ? ROLE_PATHS[role].home : ROLE_PATHS[role].login));
  clearToken(ctx, role);
  return seeOther(href(locale, ROLE_PATHS[role].login, { done: "loggedout" }));
}
