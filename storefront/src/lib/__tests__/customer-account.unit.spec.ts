// Residents' accounts: registration validation (pure) and the calls to Medusa's customer API
// against a fake backend behind the global fetch (the js-sdk's transport).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { attachCartToCustomer, registerCustomer, validateRegisterForm } from "../customer-account";
import type { Ctx } from "../http";
import { createSdk } from "../medusa";
import { loadAccountPage, loadAccountRegisterPage } from "../pages/account";

type Reply = { status?: number; body: unknown };
type Handler = (req: { body: any; auth: string | null }) => Reply;
interface Call {
  method: string;
  path: string;
  auth: string | null;
  body: any;
}

let routes: Record<string, Handler>;
let calls: Call[];

beforeEach(() => {
  routes = {};
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
    const reply = handler ? handler({ body, auth }) : { status: 404, body: { message: "Not found" } };
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { "content-type": "application/json" } });
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

function ctxFor(path: string, opts: { form?: Record<string, string>; cookies?: ReturnType<typeof fakeCookies> } = {}): Ctx {
  const url = new URL(`http://shop.test${path}`);
  let body: FormData | undefined;
  if (opts.form) {
    body = new FormData();
    for (const [k, v] of Object.entries(opts.form)) body.append(k, v);
  }
  const request = new Request(url, { method: body ? "POST" : "GET", body });
  const cookies = opts.cookies ?? fakeCookies();
  return { request, url, cookies: cookies.api as unknown as Ctx["cookies"], params: {}, locals: { locale: "ru" } };
}

const good = { email: " Ivan@Example.ru ", password: "secret-123", first_name: "Иван", last_name: "Соседов", phone: "8 (916) 123-45-67" };

describe("validateRegisterForm", () => {
  it("normalises e-mail and phone", () => {
    const result = validateRegisterForm(good);
    expect(result.ok).toBe(true);
    expect(result.data).toEqual({ email: "ivan@example.ru", password: "secret-123", first_name: "Иван", last_name: "Соседов", phone: "+79161234567" });
    expect(result.values).not.toHaveProperty("password");
  });

  it("gives a message per field", () => {
    const result = validateRegisterForm({ email: "nope", password: "short", first_name: "", last_name: "123", phone: "12" });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      email: "validation.email.invalid",
      password: "customer.passwordTooShort",
      first_name: "validation.name.required",
      last_name: "validation.name.invalid",
      phone: "validation.phone.invalid",
    });
    expect(validateRegisterForm({}).errors.password).toBe("account.passwordRequired");
    // the last name has its own message (it used to ask for the first name)
    expect(validateRegisterForm({ first_name: "Вера" }).errors.last_name).toBe("validation.lastName.required");
  });
});

describe("registerCustomer", () => {
  const data = validateRegisterForm(good).data!;

  it("registers a login, creates the customer with its token, then signs in", async () => {
    routes["POST /auth/customer/emailpass/register"] = () => ({ body: { token: jwt("reg") } });
    routes["POST /store/customers"] = ({ body }) => ({ body: { customer: { id: "cus_1", ...body } } });
    routes["POST /auth/customer/emailpass"] = () => ({ body: { token: jwt("session") } });
    expect(await registerCustomer(data)).toEqual({ ok: true, token: jwt("session") });
    const create = calls.find((c) => c.path === "/store/customers")!;
    expect(create.auth).toBe(`Bearer ${jwt("reg")}`);
    expect(create.body).toEqual({ email: "ivan@example.ru", first_name: "Иван", last_name: "Соседов", phone: "+79161234567" });
  });

  it("an e-mail that already has a login (an artisan's) signs in with it and creates the customer", async () => {
    routes["POST /auth/customer/emailpass/register"] = () => ({ status: 401, body: { message: "Identity with email already exists" } });
    let logins = 0;
    routes["POST /auth/customer/emailpass"] = () => ({ body: { token: jwt(`login${++logins}`) } });
    routes["POST /store/customers"] = () => ({ body: { customer: { id: "cus_1" } } });
    expect(await registerCustomer(data)).toEqual({ ok: true, token: jwt("login2") });
    expect(calls.find((c) => c.path === "/store/customers")!.auth).toBe(`Bearer ${jwt("login1")}`);
  });

  it("a taken e-mail with another password is refused", async () => {
    routes["POST /auth/customer/emailpass/register"] = () => ({ status: 401, body: { message: "Identity with email already exists" } });
    routes["POST /auth/customer/emailpass"] = () => ({ status: 401, body: { message: "Invalid email or password" } });
    expect(await registerCustomer(data)).toEqual({ ok: false, reason: "wrong-password" });
    expect(calls.some((c) => c.path === "/store/customers")).toBe(false);
  });
});

describe("account pages", () => {
  it("registration sets the HttpOnly customer cookie and goes to /account", async () => {
    routes["POST /auth/customer/emailpass/register"] = () => ({ body: { token: jwt("reg") } });
    routes["POST /store/customers"] = () => ({ body: { customer: { id: "cus_1" } } });
    routes["POST /auth/customer/emailpass"] = () => ({ body: { token: jwt("session") } });
    const cookies = fakeCookies();
    const res = await loadAccountRegisterPage(ctxFor("/account/register", { form: { ...good, next: "/account" }, cookies }));
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).headers.get("location")).toBe("/account");
    expect(cookies.jar.get("sosedi_customer")).toBe(jwt("session"));
    expect(cookies.log).toContain("set sosedi_customer httpOnly=true sameSite=lax path=/");
  });

  it("invalid registration re-renders with 422 and field errors", async () => {
    const res = await loadAccountRegisterPage(ctxFor("/account/register", { form: { ...good, phone: "" } }));
    expect(res).not.toBeInstanceOf(Response);
    expect(res).toMatchObject({ status: 422, errors: { phone: "validation.phone.required" } });
    expect(calls).toEqual([]);
  });

  it("/account lists the resident's orders with their token; without one → login", async () => {
    routes["GET /store/customers/me"] = () => ({ body: { customer: { id: "cus_1", email: "ivan@example.ru" } } });
    routes["GET /store/orders"] = () => ({ body: { orders: [{ id: "order_1", display_id: 7 }] } });
    const cookies = fakeCookies({ sosedi_customer: jwt("session") });
    const data = await loadAccountPage(ctxFor("/account", { cookies }));
    expect(data).toMatchObject({ customer: { email: "ivan@example.ru" }, orders: [{ id: "order_1" }] });
    expect(calls.every((c) => c.auth === `Bearer ${jwt("session")}`)).toBe(true);

    const anon = (await loadAccountPage(ctxFor("/account"))) as Response;
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toBe("/account/login?next=%2Faccount");
  });
});

describe("attachCartToCustomer", () => {
  it("transfers the cart with the customer's token; an expired token → false", async () => {
    routes["POST /store/carts/cart_1/customer"] = () => ({ body: { cart: { id: "cart_1", customer_id: "cus_1" } } });
    expect(await attachCartToCustomer(createSdk(), "cart_1", jwt("session"))).toBe(true);
    expect(calls[0]).toMatchObject({ method: "POST", path: "/store/carts/cart_1/customer", auth: `Bearer ${jwt("session")}` });
    routes["POST /store/carts/cart_1/customer"] = () => ({ status: 401, body: { message: "Unauthorized" } });
    expect(await attachCartToCustomer(createSdk(), "cart_1", jwt("old"))).toBe(false);
  });
});
