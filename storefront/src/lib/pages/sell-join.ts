// /sell/join — an artisan's application: a login (new or existing), the profile, the centers.
import { isRefusal, loginAs, readToken, sellerSignUpLogin, setToken } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import { groupByDistrict, listCenters } from "../centers";
import { href, isPost, pageLocale, readForm, seeOther, type Ctx } from "../http";
import { errorMessage, normalizeError, isBackendUnavailable, sdkFor } from "../medusa";
import { signUpSeller } from "../seller-account";
import {
  mapSignUpErrors,
  signUpInputFromForm,
  validateSignUp,
  type SignUpErrors,
  type SignUpValues,
} from "../seller-forms";
import { suggestHandle } from "../translit";
import type { Center } from "../types";
import type { BasePageData } from "./common";

export interface SellJoinPageData extends BasePageData {
  status?: number;
  /** Every center, by district. */
  centers: Center[];
  values: SignUpValues;
  errors: SignUpErrors;
  /** Errors of no one field (e.g. the login already has an artisan's account). */
  formErrors: FieldMessage[];
  /** The login already belongs to an artisan: offer to sign in instead. */
  alreadySeller: boolean;
  /** The browser already has an artisan's session. */
  signedIn: boolean;
  /** The address suggested from the name when the field was left empty. */
  suggestedHandle: string;
  /** The password is never sent back: after a failed try it must be typed again. */
  passwordAgain: boolean;
}

const EMPTY: SignUpValues = {
  email: "",
  name: "",
  handle: "",
  bio: "",
  phone: "",
  tax_status: "",
  inn: "",
  center_ids: [],
  own_work_declaration: false,
};

export async function loadSellJoinPage(ctx: Ctx): Promise<Response | SellJoinPageData> {
  const locale = pageLocale(ctx);
  const sdk = sdkFor(ctx.locals);
  const centers = await listCenters(sdk);
  const preselected = centers.find((c) => c.handle === ctx.url.searchParams.get("center"));
  const data: SellJoinPageData = {
    locale,
    centers: groupByDistrict(centers).flatMap((g) => g.centers),
    values: { ...EMPTY, center_ids: preselected ? [preselected.id] : [] },
    errors: {},
    formErrors: [],
    alreadySeller: false,
    signedIn: readToken(ctx.cookies, "seller") !== null,
    suggestedHandle: "",
    passwordAgain: false,
  };
  if (!isPost(ctx)) return data;

  const input = signUpInputFromForm(await readForm(ctx.request));
  const result = validateSignUp(
    input,
    centers.map((c) => c.id),
  );
  data.values = result.values;
  data.errors = result.errors;
  data.suggestedHandle = input.handle ? "" : suggestHandle(input.name);
  data.status = 422;
  data.passwordAgain = true;
  if (!result.ok || !result.data) return data;
  const { email, password, body } = result.data;

  try {
    const login = await sellerSignUpLogin(email, password);
    if (!login.ok) {
      data.errors = { password: "sell.join.errorWrongPassword" };
      return data;
    }
    await signUpSeller(sdk, login.token, body);
  } catch (error) {
    if (isBackendUnavailable(error)) throw normalizeError(error);
    if (!isRefusal(error)) {
      console.warn(`[storefront] seller sign-up failed: ${errorMessage(error)}`);
      data.formErrors = ["sell.join.errorGeneric"];
      return data;
    }
    if (/уже принадлежит мастеру/i.test(errorMessage(error))) {
      data.alreadySeller = true;
      return data;
    }
    const mapped = mapSignUpErrors(errorMessage(error));
    data.errors = mapped.fields;
    data.formErrors = mapped.general;
    if (!Object.keys(mapped.fields).length && !mapped.general.length) data.formErrors = ["sell.join.errorGeneric"];
    return data;
  }

  // The sign-up token has no artisan in it yet: sign in again for one that has.
  const token = await loginAs("seller", email, password);
  if (!token) return seeOther(href(locale, "/sell/login", { done: "joined" }));
  setToken(ctx, "seller", token);
  return seeOther(href(locale, "/sell", { done: "joined" }));
}
