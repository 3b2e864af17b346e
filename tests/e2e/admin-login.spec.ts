// The demo operator signs in to Medusa admin at /app over plain http, as a newcomer would after `npm start`.
import { test, expect } from "@playwright/test";

const adminUrl = process.env.SOSEDI_ADMIN_URL;

test("the demo operator signs in to the admin and sees the products", async ({ page }) => {
  test.skip(!adminUrl, "admin is off for this run (SOSEDI_E2E_ADMIN=off)");
  await page.goto(adminUrl!);
  await page.getByRole("textbox", { name: /email/i }).fill("admin@sosedi.local");
  await page.getByPlaceholder(/password/i).fill("sosedi-demo");
  await page.getByRole("button", { name: /continue with email/i }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  // the session cookie survived: a reload stays signed in and lists the demo goods
  await page.goto(`${adminUrl}/products`);
  await expect(page).toHaveURL(/\/products/);
  await expect(page.getByRole("table")).toContainText(/[А-Яа-яЁё]/, { timeout: 20_000 });
});
