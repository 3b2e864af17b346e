// Finding something a resident can buy in the demo data: product cards do not show stock, so
// specs open centers and their products until the add-to-cart form is usable.
import { expect, type Page } from "@playwright/test";

/** How many of a center's products to open before trying the next center. */
export const PRODUCTS_TRIED_PER_CENTER = 6;

/** A product page whose add-to-cart form can be used at the pre-selected center (ru or en). */
export async function canBuyHere(page: Page): Promise<boolean> {
  const button = page.getByTestId("add-to-cart");
  if ((await button.count()) === 0 || (await button.isDisabled())) return false;
  const stock = page.getByTestId("stock");
  return (await stock.count()) === 0 || !/Нет в наличии|Мест нет|Out of stock|Fully booked/.test((await stock.textContent()) ?? "");
}

/**
 * From the home page at `home` ("/" or "/en/"): open centers and their products until one can be
 * bought; stay on that product. `onProduct` sees each product link first (e.g. to check its locale).
 */
export async function openInStockProduct(page: Page, home = "/", onProduct?: (href: string) => void): Promise<boolean> {
  await page.goto(home);
  const centers = await page
    .getByTestId("center-link")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  for (const center of centers) {
    await page.goto(center);
    const products = (
      await page.getByTestId("product-link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!))
    ).slice(0, PRODUCTS_TRIED_PER_CENTER);
    for (const product of products) {
      onProduct?.(product);
      await page.goto(product);
      await expect(page.getByTestId("product-title")).toBeVisible();
      if (await canBuyHere(page)) return true;
    }
  }
  return false;
}
