// The English site under /en/ is rendered by the same page files as the Russian one:
// storefront/src/middleware.ts records the locale and rewrites /en/… to /…. A broken rewrite
// shows here as Russian text, lang="ru", links or form actions without /en, or a 404.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { openInStockProduct } from "../support/catalog";

/** Where the "Русский" switcher of the current page leads: the same path without /en. */
async function expectSwitcherToRussian(page: Page) {
  const { pathname, search } = new URL(page.url());
  await expect(page.getByRole("link", { name: "Русский" })).toHaveAttribute(
    "href",
    (pathname.replace(/^\/en(?=\/|$)/, "") || "/") + search,
  );
}

test.describe("English pages under /en/", () => {
  test("home, a center, the cart and an unknown page are in English, with lang=en", async ({ page }) => {
    const home = await page.goto("/en/");
    expect(home?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(/— Sosedi\.market$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buy from your neighbors");
    await expect(page.getByTestId("cart-link")).toHaveAttribute("href", "/en/cart");
    await expectSwitcherToRussian(page);
    await expectNoSeriousA11yViolations(page);

    const centerLink = page.getByTestId("center-link").first();
    await expect(centerLink).toHaveAttribute("href", /^\/en\/centers\/[^/]+$/);
    await centerLink.click();
    await expect(page).toHaveURL(/\/en\/centers\/[^/]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Cart" })).toBeVisible();
    await expectSwitcherToRussian(page);

    expect((await page.goto("/en/cart"))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cart");
    await expect(page.getByText("Your cart is empty.")).toBeVisible();
    await expectSwitcherToRussian(page);

    // The same path without /en is the Russian page.
    await page.goto("/cart");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Корзина");

    const missing = await page.goto("/en/no-such-page-e2e");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/en/");

    const missingProduct = await page.goto("/en/products/no-such-product-e2e");
    expect(missingProduct?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectSwitcherToRussian(page);
  });

  test("forms post to /en/…, redirect back to /en/…, and the cart is the same in both languages", async ({ page }) => {
    test.skip(
      !(await openInStockProduct(page, "/en/", (href) => expect(href).toMatch(/^\/en\/products\//))),
      "needs a product in stock at some center",
    );
    const title = (await page.getByTestId("product-title").textContent())!.trim();
    await expect(page.getByTestId("add-to-cart-form")).toHaveAttribute("action", /^\/en\/products\//);

    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page).toHaveURL(/\/en\/products\/[^?]+\?center=[^&]+&added=1#buy$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("added-notice")).toContainText("The item is in your cart.");
    await expect(page.getByTestId("cart-count")).toHaveText("1");

    await page.getByTestId("go-to-cart").click();
    await expect(page).toHaveURL(/\/en\/cart$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cart");
    await expect(page.getByTestId("cart-item").filter({ hasText: title })).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Check out" })).toHaveAttribute("href", "/en/checkout");

    // The cart cookie is the site's, not the language's.
    await page.goto("/cart");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Корзина");
    await expect(page.getByTestId("cart-item").filter({ hasText: title })).toHaveCount(1);
  });
});
