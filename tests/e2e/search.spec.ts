// Search from the header: suggestions as one types (keyboard), a query with a typo, a facet held in
// the URL (back button works), a result opened; without JavaScript the same search is a plain form.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";

test("a typo still finds ceramics; a facet narrows it; a result opens", async ({ page }) => {
  await page.goto("/");
  const box = page.getByTestId("search-input");
  await box.fill("кирамика");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const count = page.getByTestId("search-count");
  await expect(count).toContainText(/Найдено: [1-9]/);
  await expect(page.getByTestId("search-hit").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const all = Number((await count.textContent())!.replace(/\D+/g, ""));
  const facet = page.getByTestId("facet-center").getByTestId("facet-link").first();
  const facetCount = Number(((await facet.textContent()) ?? "").match(/\((\d+)\)/)![1]);
  await facet.click();
  await expect(page).toHaveURL(/center_id=/);
  await expect(count).toHaveText(`Найдено: ${facetCount}`);
  expect(facetCount).toBeLessThanOrEqual(all);
  await expect(page.getByTestId("facet-center").locator('a[aria-current="true"]')).toHaveCount(1);

  await page.goBack();
  await expect(page).not.toHaveURL(/center_id=/);
  await expect(count).toHaveText(`Найдено: ${all}`);

  const first = page.getByTestId("search-hit-link").first();
  const title = ((await first.textContent()) ?? "").trim();
  await first.click();
  await expect(page.getByTestId("product-title")).toHaveText(title);
});

test("suggestions come as one types and the keyboard picks one", async ({ page }) => {
  await page.goto("/");
  const box = page.getByTestId("search-input");
  await box.click();
  await box.pressSequentially("носк", { delay: 40 });
  const list = page.getByTestId("search-suggestions");
  await expect(list).toBeVisible();
  await expect(list.getByRole("option").first()).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expectNoSeriousA11yViolations(page);
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /opt-0$/);
  await box.press("Enter");
  await expect(page).not.toHaveURL(/\/$/);
  await expect(page.locator("h1")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header box is a form; nothing found shows what to try; English works too", async ({ page }) => {
    await page.goto("/en/");
    await page.getByTestId("search-input").fill("zzzqqqxxx");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/en\/search\?q=zzzqqqxxx/);
    await expect(page.locator("main")).toContainText("Nothing found for “zzzqqqxxx”.");
    await expectNoSeriousA11yViolations(page);
  });
});
