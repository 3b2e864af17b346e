// The locale part of the middleware: /en/… is rendered by the route of /…, the locale is in locals.
import { describe, expect, it } from "vitest";
import { pageLocale } from "../http";
import {
  renderedLocale,
  renderedUnprefixedPath,
  routeLocale,
  type LocaleLocals,
  type RewriteNext,
} from "../locale-routing";

async function route(url: string, locals: LocaleLocals = {}) {
  const calls: (string | undefined)[] = [];
  const next: RewriteNext = async (to) => {
    calls.push(to?.href);
    return new Response("ok");
  };
  const response = await routeLocale({ url: new URL(url), locals }, next);
  return { locals, calls, response };
}

describe("routeLocale", () => {
  it("renders /en/<path> with the route of /<path>, keeping the query, and records en", async () => {
    const { locals, calls, response } = await route("http://shop.test/en/products/mug?center=maryino&added=1");
    expect(calls).toEqual(["http://shop.test/products/mug?center=maryino&added=1"]);
    expect(locals).toEqual({ locale: "en", unprefixedPath: "/products/mug" });
    expect(await response.text()).toBe("ok");
  });

  it("maps /en and /en/ to the home page, and keeps a trailing slash", async () => {
    expect((await route("http://shop.test/en")).calls).toEqual(["http://shop.test/"]);
    expect((await route("http://shop.test/en/")).calls).toEqual(["http://shop.test/"]);
    expect((await route("http://shop.test/en/cart/")).calls).toEqual(["http://shop.test/cart/"]);
  });

  it("leaves Russian (unprefixed) URLs alone and records ru", async () => {
    for (const path of ["/", "/cart", "/english", "/products/en"]) {
      const { locals, calls } = await route(`http://shop.test${path}`);
      expect(calls, path).toEqual([undefined]);
      expect(locals, path).toEqual({ locale: "ru", unprefixedPath: path });
    }
  });

  it("strips the prefix once: /en/en/cart is the (missing) route /en/cart", async () => {
    const { locals, calls } = await route("http://shop.test/en/en/cart");
    expect(calls).toEqual(["http://shop.test/en/cart"]);
    expect(locals.unprefixedPath).toBe("/en/cart");
  });

  it("does not rewrite again when Astro renders the 404/500 page of the same request", async () => {
    const { locals, calls } = await route("http://shop.test/en/products/nope", { locale: "en", unprefixedPath: "/products/nope" });
    expect(calls).toEqual([undefined]);
    expect(locals).toEqual({ locale: "en", unprefixedPath: "/products/nope" });
  });
});

describe("reading the locale", () => {
  it("loaders read it from locals only (their URL has lost the /en prefix)", () => {
    expect(pageLocale({ locals: { locale: "en" } })).toBe("en");
    expect(pageLocale({ locals: {} })).toBe("ru");
  });

  it("the layout and error pages fall back to the URL when the middleware did not run", () => {
    const url = new URL("http://shop.test/en/cart/");
    expect(renderedLocale({ locals: {}, url })).toBe("en");
    expect(renderedUnprefixedPath({ locals: {}, url })).toBe("/cart/");
    const rewritten = new URL("http://shop.test/en/cart");
    expect(renderedLocale({ locals: { locale: "en", unprefixedPath: "/en/cart" }, url: rewritten })).toBe("en");
    expect(renderedUnprefixedPath({ locals: { locale: "en", unprefixedPath: "/en/cart" }, url: rewritten })).toBe("/en/cart");
  });
});
