// The artisans' and managers' page loaders against a fake backend behind the global fetch (the
// js-sdk's transport): which calls they make, with which token, and what the browser gets back.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { messageText } from "../backend-errors";
import type { Ctx } from "../http";
import { loadLoginPage, loadLogoutPage, type LoginPageData } from "../pages/account-login";
import { loadManageCenter, type ManageCenterData } from "../pages/manage-center";
import { loadSellDashboard, type SellDashboardData } from "../pages/sell-dashboard";
import { loadSellJoinPage, type SellJoinPageData } from "../pages/sell-join";
import { loadSellProductDelete } from "../pages/sell-product-delete";
import { loadSellProductNew, type SellProductNewData } from "../pages/sell-product-new";

type Reply = { status?: number; body: unknown };
type Handler = (req: { body: any; auth: string | null; query: URLSearchParams }) => Reply;

interface Call {
  method: string;
  path: string;
  auth: string | null;
  body: any;
}

let routes: Record<string, Handler>;
let calls: Call[];

beforeEach(() => {
  routes = {
    // the catalog's categories, read by the product forms
    "GET /store/product-categories": () => ({ body: { product_categories: [{ id: "pcat_1", name: "Керамика" }], count: 1 } }),
  };
  calls = [];
  process.env.MEDUSA_BACKEND_URL = "http://backend.test";
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test";
  vi.stubGlobal("fetch", async (input: URL | string, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = (init.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    const auth = headers.get("authorization");
    calls.push({ method, path: url.pathname, auth, body });
    const handler = routes[`${method} ${url.pathname}`];
    const reply = handler ? handler({ body, auth, query: url.searchParams }) : { status: 404, body: { message: "Not found" } };
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const jwt = (name: string) => `eyJhbGciOiJIUzI1NiJ9.${name}.sig`;

function fakeCookies(initial: Record<string, string> = {}) {
  const jar = new Map(Object.entries(initial));
  const log: string[] = [];
  return {
    jar,
    log,
    api: {
      get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
      set: (name: string, value: string, opts: Record<string, unknown>) => {
        jar.set(name, value);
        log.push(`set ${name} httpOnly=${opts.httpOnly} sameSite=${opts.sameSite} path=${opts.path}`);
      },
      delete: (name: string) => {
        jar.delete(name);
        log.push(`delete ${name}`);
      },
    },
  };
}

function ctxFor(
  path: string,
  opts: { method?: string; form?: Record<string, string | string[]>; cookies?: ReturnType<typeof fakeCookies>; params?: Record<string, string>; locale?: "ru" | "en" } = {},
): Ctx {
  const url = new URL(`http://shop.test${path}`);
  let body: FormData | undefined;
  if (opts.form) {
    body = new FormData();
    for (const [k, v] of Object.entries(opts.form)) for (const one of [v].flat()) body.append(k, one);
  }
  const request = new Request(url, { method: opts.method ?? (body ? "POST" : "GET"), body });
  const cookies = opts.cookies ?? fakeCookies();
  return {
    request,
    url,
    cookies: cookies.api as unknown as Ctx["cookies"],
    params: opts.params ?? {},
    locals: { locale: opts.locale ?? "ru" },
  };
}

const centers = [
  { id: "ctr_1", handle: "maryino", name: "Центр «Марьино»", district: "Марьино", address: "ул. Люблинская, 1" },
  { id: "ctr_2", handle: "mitino", name: "Центр «Митино»", district: "Митино", address: "ул. Митинская, 2" },
];

const signUpForm = {
  email: "Anna@Example.ru",
  password: "secret-123",
  name: "Анна Петрова",
  handle: "",
  tax_status: "npd",
  inn: "500100732259",
  center_ids: ["ctr_1"],
  own_work_declaration: "yes",
};

function seller(memberships: { status: string; center: (typeof centers)[number] }[], status = "pending") {
  return {
    seller: {
      id: "sel_1",
      handle: "anna-petrova",
      name: "Анна Петрова",
      bio: null,
      tax_status: "npd",
      inn: "500100732259",
      phone: null,
      email: "anna@example.ru",
      photo_url: null,
      status,
      memberships,
    },
  };
}

describe("signed-in pages without a login", () => {
  it("send the browser to the role's login page, coming back afterwards — in its language", async () => {
    const ru = (await loadSellDashboard(ctxFor("/sell?page=2"))) as Response;
    expect(ru.status).toBe(303);
    expect(ru.headers.get("location")).toBe("/sell/login?next=%2Fsell%3Fpage%3D2");
    const en = (await loadManageCenter(ctxFor("/manage/centers/ctr_1", { params: { id: "ctr_1" }, locale: "en" }))) as Response;
    // `next` has no locale prefix: the login page may switch languages and still come back
    expect(en.headers.get("location")).toBe("/en/manage/login?next=%2Fmanage%2Fcenters%2Fctr_1");
    expect(calls).toEqual([]);
  });

  it("forget an expired token: the backend's 401 clears the cookie and asks to sign in again", async () => {
    routes["GET /sellers/me"] = () => ({ status: 401, body: { message: "Unauthorized" } });
    routes["GET /sellers/me/products"] = () => ({ status: 401, body: { message: "Unauthorized" } });
    const cookies = fakeCookies({ sosedi_seller: jwt("old") });
    const res = (await loadSellDashboard(ctxFor("/sell", { cookies }))) as Response;
    expect(res.headers.get("location")).toBe("/sell/login?next=%2Fsell");
    expect(cookies.log).toEqual(["delete sosedi_seller"]);
    expect(calls[0].auth).toBe(`Bearer ${jwt("old")}`);
  });

  it("ignore a cookie that is not a token", async () => {
    const res = (await loadSellDashboard(ctxFor("/sell", { cookies: fakeCookies({ sosedi_seller: "<script>" }) }))) as Response;
    expect(res.status).toBe(303);
    expect(calls).toEqual([]);
  });
});

describe("sign-up", () => {
  beforeEach(() => {
    routes["GET /store/centers"] = () => ({ body: { centers, count: 2, limit: 100, offset: 0 } });
  });

  it("an e-mail that already has a login (a resident's): logs in with it, signs up, logs in again for the artisan's token", async () => {
    routes["POST /auth/seller/emailpass/register"] = () => ({ status: 401, body: { message: "Identity with email already exists" } });
    let logins = 0;
    routes["POST /auth/seller/emailpass"] = ({ body }) => {
      expect(body).toEqual({ email: "anna@example.ru", password: "secret-123" });
      logins += 1;
      return { body: { token: jwt(logins === 1 ? "no-actor" : "seller") } };
    };
    routes["POST /sellers"] = () => ({ status: 201, body: { seller: { id: "sel_1", handle: "anna-petrova", status: "pending" } } });
    const cookies = fakeCookies();

    const res = (await loadSellJoinPage(ctxFor("/sell/join", { form: signUpForm, cookies }))) as Response;
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sell?done=joined");
    const signUp = calls.find((c) => c.path === "/sellers")!;
    expect(signUp.auth).toBe(`Bearer ${jwt("no-actor")}`);
    expect(signUp.body).toEqual({
      handle: "anna-petrova",
      name: "Анна Петрова",
      email: "anna@example.ru",
      tax_status: "npd",
      inn: "500100732259",
      center_ids: ["ctr_1"],
      own_work_declaration: true,
    });
    expect(cookies.jar.get("sosedi_seller")).toBe(jwt("seller"));
    expect(cookies.log).toEqual(["set sosedi_seller httpOnly=true sameSite=lax path=/"]);
  });

  it("the backend's field errors land on their fields in Russian; what was typed stays (not the password)", async () => {
    routes["POST /auth/seller/emailpass/register"] = () => ({ body: { token: jwt("new") } });
    routes["POST /sellers"] = () => ({
      status: 400,
      body: { type: "invalid_data", message: "Invalid request: inn: неверный ИНН (проверьте цифры)" },
    });
    const data = (await loadSellJoinPage(ctxFor("/sell/join", { form: { ...signUpForm, inn: "500100732258" } }))) as SellJoinPageData;
    expect(data.status).toBe(422);
    expect(messageText("ru", data.errors.inn!)).toBe("Неверный ИНН (проверьте цифры).");
    expect(data.values).toMatchObject({ email: "Anna@Example.ru", name: "Анна Петрова", handle: "anna-petrova", inn: "500100732258" });
    expect(data.values).not.toHaveProperty("password");
    expect(data.passwordAgain).toBe(true);
    expect(calls.some((c) => c.path === "/auth/seller/emailpass")).toBe(false);
  });

  it("a wrong password for an existing e-mail is said on the password field", async () => {
    routes["POST /auth/seller/emailpass/register"] = () => ({ status: 401, body: { message: "Identity with email already exists" } });
    routes["POST /auth/seller/emailpass"] = () => ({ status: 401, body: { message: "Invalid email or password" } });
    const data = (await loadSellJoinPage(ctxFor("/sell/join", { form: signUpForm }))) as SellJoinPageData;
    expect(data.errors).toEqual({ password: "sell.join.errorWrongPassword" });
    expect(calls.some((c) => c.path === "/sellers")).toBe(false);
  });

  it("a login that already is an artisan's is offered the sign-in", async () => {
    routes["POST /auth/seller/emailpass/register"] = () => ({ status: 401, body: { message: "Identity with email already exists" } });
    routes["POST /auth/seller/emailpass"] = () => ({ body: { token: jwt("seller") } });
    routes["POST /sellers"] = () => ({ status: 400, body: { message: "Этот вход уже принадлежит мастеру" } });
    const data = (await loadSellJoinPage(ctxFor("/sell/join", { form: signUpForm }))) as SellJoinPageData;
    expect(data.alreadySeller).toBe(true);
  });

  it("an invalid form never reaches the backend's auth", async () => {
    const data = (await loadSellJoinPage(ctxFor("/sell/join", { form: { ...signUpForm, center_ids: [], own_work_declaration: "" } }))) as SellJoinPageData;
    expect(data.errors).toEqual({ center_ids: "sell.validation.centersRequired", own_work_declaration: "sell.validation.declarationRequired" });
    expect(calls.map((c) => c.path)).toEqual(["/store/centers"]);
  });
});

describe("login and logout", () => {
  it("keeps only a login that is the role's: a resident's login is no manager", async () => {
    routes["POST /auth/manager/emailpass"] = () => ({ body: { token: jwt("nobody") } });
    routes["GET /manage/me"] = () => ({ status: 401, body: { message: "Войдите как менеджер центра" } });
    const cookies = fakeCookies();
    const data = (await loadLoginPage(ctxFor("/manage/login", { form: { email: "a@b.ru", password: "x", next: "/manage" }, cookies }), "manager")) as LoginPageData;
    expect(data.formError).toBe("account.notManager");
    expect(cookies.jar.size).toBe(0);
  });

  it("signs in and goes back to `next` (same site only)", async () => {
    routes["POST /auth/seller/emailpass"] = () => ({ body: { token: jwt("seller") } });
    routes["GET /sellers/me"] = () => ({ body: seller([]) });
    const cookies = fakeCookies();
    const ok = (await loadLoginPage(ctxFor("/sell/login", { form: { email: "master@sosedi.local", password: "sosedi-demo", next: "/sell/products/new" }, cookies }), "seller")) as Response;
    expect(ok.headers.get("location")).toBe("/sell/products/new");
    expect(cookies.jar.get("sosedi_seller")).toBe(jwt("seller"));
    const away = (await loadLoginPage(ctxFor("/en/sell/login", { form: { email: "master@sosedi.local", password: "sosedi-demo", next: "//evil.test" }, locale: "en" }), "seller")) as Response;
    expect(away.headers.get("location")).toBe("/en/sell");
    const back = (await loadLoginPage(ctxFor("/en/sell/login", { form: { email: "master@sosedi.local", password: "sosedi-demo", next: "/sell/products/new?x=1" }, locale: "en" }), "seller")) as Response;
    expect(back.headers.get("location")).toBe("/en/sell/products/new?x=1");
  });

  it("says so for wrong credentials", async () => {
    routes["POST /auth/seller/emailpass"] = () => ({ status: 401, body: { message: "Invalid email or password" } });
    const data = (await loadLoginPage(ctxFor("/sell/login", { form: { email: "master@sosedi.local", password: "nope" } }), "seller")) as LoginPageData;
    expect(data).toMatchObject({ status: 422, formError: "account.wrongCredentials", email: "master@sosedi.local" });
  });

  it("logout: a POST clears the cookie", async () => {
    const cookies = fakeCookies({ sosedi_manager: jwt("m") });
    const res = await loadLogoutPage(ctxFor("/manage/logout", { method: "POST", cookies }), "manager");
    expect(res.headers.get("location")).toBe("/manage/login?done=loggedout");
    expect(cookies.jar.size).toBe(0);
  });
});

describe("the artisan's goods", () => {
  const cookies = () => fakeCookies({ sosedi_seller: jwt("seller") });

  it("a new product waits for a center's approval: no write is attempted", async () => {
    routes["GET /sellers/me"] = () => ({ body: seller([{ status: "pending", center: centers[0] }]) });
    const get = (await loadSellProductNew(ctxFor("/sell/products/new", { cookies: cookies() }))) as SellProductNewData;
    expect(get.centers).toEqual([]);
    expect(get.pendingCenters.map((c) => c.name)).toEqual(["Центр «Марьино»"]);
    const post = (await loadSellProductNew(
      ctxFor("/sell/products/new", { cookies: cookies(), form: { title: "Кружка", price: "100", stock: "1", center_ids: "ctr_1" } }),
    )) as SellProductNewData;
    expect(post.status).toBe(422);
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });

  it("creates a product at approved centers; the backend's center_ids refusal lands on the centers", async () => {
    routes["GET /sellers/me"] = () => ({ body: seller([{ status: "approved", center: centers[0] }], "approved") });
    routes["POST /sellers/me/products"] = () => ({ status: 201, body: { product: { id: "prod_1" } } });
    const form = { title: "Кружка", price: "1 200", stock: "4", center_ids: "ctr_1", status: "published" };
    const res = (await loadSellProductNew(ctxFor("/sell/products/new", { cookies: cookies(), form }))) as Response;
    expect(res.headers.get("location")).toBe("/sell?done=created#products");
    expect(calls.at(-1)).toMatchObject({
      method: "POST",
      path: "/sellers/me/products",
      auth: `Bearer ${jwt("seller")}`,
      body: { title: "Кружка", status: "published", variants: [{ title: "Стандартный", price: 1200, stock: 4 }], center_ids: ["ctr_1"] },
    });

    routes["POST /sellers/me/products"] = () => ({ status: 400, body: { message: "center_ids: выберите центры, где вас уже одобрил менеджер" } });
    const refused = (await loadSellProductNew(ctxFor("/sell/products/new", { cookies: cookies(), form }))) as SellProductNewData;
    expect(messageText("ru", refused.errors.center_ids!)).toBe("Выберите центры, где вас уже одобрил менеджер.");
    expect(refused.values.title).toBe("Кружка");
  });

  it("publishes / withdraws from the dashboard, and lists products with their status", async () => {
    routes["GET /sellers/me"] = () => ({ body: seller([{ status: "approved", center: centers[0] }], "approved") });
    routes["GET /sellers/me/products"] = () => ({
      body: { products: [{ id: "prod_1", handle: "mug", title: "Кружка", status: "draft", thumbnail: null, variants: [{ id: "v" }], sales_channels: [] }], count: 1, limit: 20, offset: 0 },
    });
    routes["POST /sellers/me/products/prod_1"] = ({ body }) => ({ body: { product: { id: "prod_1", status: body.status } } });
    const res = (await loadSellDashboard(ctxFor("/sell", { cookies: cookies(), form: { intent: "publish", product_id: "prod_1" } }))) as Response;
    expect(res.headers.get("location")).toBe("/sell?done=published#products");
    expect(calls.at(-1)).toMatchObject({ method: "POST", path: "/sellers/me/products/prod_1", body: { status: "published" } });

    const data = (await loadSellDashboard(ctxFor("/sell?done=joined", { cookies: cookies() }))) as SellDashboardData;
    expect(data).toMatchObject({ notice: "sell.notice.joined", canAddProducts: true, count: 1, pages: 1 });
    expect(data.products).toEqual([{ id: "prod_1", handle: "mug", title: "Кружка", thumbnail: null, published: false, variantCount: 1 }]);
  });

  it("deleting: another artisan's product is a 404; the confirmation's POST deletes", async () => {
    routes["GET /sellers/me/products/prod_1"] = () => ({ body: { product: { id: "prod_1", title: "Кружка", status: "published" } } });
    routes["DELETE /sellers/me/products/prod_1"] = () => ({ body: { deleted: true } });
    const other = (await loadSellProductDelete(ctxFor("/sell/products/prod_x/delete", { cookies: cookies(), params: { id: "prod_x" } }))) as Response;
    expect(other.status).toBe(404);
    const done = (await loadSellProductDelete(
      ctxFor("/sell/products/prod_1/delete", { cookies: cookies(), params: { id: "prod_1" }, method: "POST" }),
    )) as Response;
    expect(done.headers.get("location")).toBe("/sell?done=deleted#products");
    expect(calls.at(-1)).toMatchObject({ method: "DELETE", path: "/sellers/me/products/prod_1" });
  });
});

describe("the manager's center", () => {
  const cookies = () => fakeCookies({ sosedi_manager: jwt("manager") });
  const manager = { manager: { id: "mgr_1", email: "m@sosedi.local", first_name: "Ольга", last_name: "Смирнова", centers: [centers[0]] } };
  const membership = (status: string, id: string, name: string, at: string) => ({
    status,
    requested_at: at,
    seller: { id, handle: id, name, bio: null, tax_status: "npd", phone: null, email: null, status: "pending" },
  });

  beforeEach(() => {
    routes["GET /manage/me"] = () => ({ body: manager });
  });

  it("a center the manager does not run is a 404", async () => {
    const res = (await loadManageCenter(ctxFor("/manage/centers/ctr_2", { cookies: cookies(), params: { id: "ctr_2" } }))) as Response;
    expect(res.status).toBe(404);
  });

  it("groups the artisans by status, new requests first, and saves a decision", async () => {
    routes["GET /manage/centers/ctr_1/sellers"] = () => ({
      body: {
        memberships: [
          membership("approved", "sel_a", "Борис", "2025-01-01T10:00:00Z"),
          membership("pending", "sel_c", "Вера", "2025-03-01T10:00:00Z"),
          membership("pending", "sel_b", "Анна", "2025-02-01T10:00:00Z"),
        ],
      },
    });
    routes["POST /manage/centers/ctr_1/sellers/sel_b"] = ({ body }) => ({ body: { membership: { status: body.status } } });

    const res = (await loadManageCenter(
      ctxFor("/manage/centers/ctr_1", { cookies: cookies(), params: { id: "ctr_1" }, form: { seller_id: "sel_b", status: "approved" } }),
    )) as Response;
    expect(res.headers.get("location")).toBe("/manage/centers/ctr_1?done=approved&seller=sel_b");
    expect(calls.at(-1)).toMatchObject({ auth: `Bearer ${jwt("manager")}`, body: { status: "approved" } });

    const data = (await loadManageCenter(
      ctxFor("/manage/centers/ctr_1?done=approved&seller=sel_b", { cookies: cookies(), params: { id: "ctr_1" } }),
    )) as ManageCenterData;
    expect(data.groups.map((g) => [g.status, g.memberships.map((m) => m.seller.name)])).toEqual([
      ["pending", ["Анна", "Вера"]],
      ["approved", ["Борис"]],
      ["suspended", []],
      ["declined", []],
    ]);
    expect(data.done).toEqual({ decision: "approved", sellerName: "Анна" });
  });

  it("refuses a made-up decision without calling the backend", async () => {
    routes["GET /manage/centers/ctr_1/sellers"] = () => ({ body: { memberships: [] } });
    const data = (await loadManageCenter(
      ctxFor("/manage/centers/ctr_1", { cookies: cookies(), params: { id: "ctr_1" }, form: { seller_id: "sel_b", status: "pending" } }),
    )) as ManageCenterData;
    expect(data).toMatchObject({ status: 422, error: "manage.errorDecision", total: 0 });
    expect(calls.filter((c) => c.method === "POST")).toEqual([]);
  });
});
