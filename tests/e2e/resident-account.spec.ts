// A resident's account: register (per-field errors first), buy an in-stock product through the
// cart and checkout signed in (the form is pre-filled from the profile), find the order in
// /account, sign out and in again. axe-core on every new page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { openInStockProduct } from "../support/catalog";

test.describe("resident account", () => {
  test.describe.configure({ timeout: 120_000 });

  test("register, buy signed in, find the order in /account", async ({ page }) => {
    const email = `resident.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.ru`;
    const password = "sosedi-e2e-123";

    // Header: «Войти» → login page → registration.
    await page.goto("/");
    await expect(page.getByTestId("account-link")).toHaveText("Войти");
    await page.getByTestId("account-link").click();
    await expect(page).toHaveURL(/\/account\/login$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход в кабинет");
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId("register-link").click();
    await expect(page).toHaveURL(/\/account\/register$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Регистрация");
    await expectNoSeriousA11yViolations(page);

    // Per-field errors in Russian.
    await page.getByLabel("Электронная почта").fill("not-an-email");
    await page.getByLabel("Пароль").fill("short");
    await page.getByLabel("Имя", { exact: true }).fill("Мария");
    await page.getByLabel("Фамилия", { exact: true }).fill("Соседова");
    await page.getByLabel("Телефон").fill("12345");
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await expect(page.getByTestId("error-password")).toContainText("не короче 8 символов");
    await expect(page.getByTestId("error-phone")).toContainText("Проверьте номер");
    await expect(page.getByLabel("Имя", { exact: true })).toHaveValue("Мария");
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Электронная почта").fill(email);
    await page.getByLabel("Пароль").fill(password);
    await page.getByLabel("Телефон").fill("8 (916) 765-43-21");
    await page.getByRole("button", { name: "Зарегистрироваться" }).click();

    // The account: profile, no orders yet.
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Личный кабинет");
    await expect(page.getByTestId("customer-email")).toHaveText(email);
    await expect(page.getByTestId("empty-state")).toContainText("Заказов пока нет");
    await expect(page.getByTestId("account-link")).toHaveText("Кабинет");
    await expectNoSeriousA11yViolations(page);

    // Buy something.
    expect(await openInStockProduct(page), "a center on the home page has an in-stock product").toBe(true);
    const variantRadios = page.locator('input[type="radio"][name="variant_id"]:not([disabled])');
    if ((await variantRadios.count()) > 0) await variantRadios.first().check();
    await page.getByRole("button", { name: "В корзину" }).click();
    await expect(page.getByTestId("added-notice")).toBeVisible();
    await page.getByTestId("cart-link").click();
    await page.getByRole("link", { name: "Оформить заказ" }).click();
    await expect(page).toHaveURL(/\/checkout$/);

    // Pre-filled from the profile.
    await expect(page.getByLabel("Электронная почта")).toHaveValue(email);
    await expect(page.getByLabel("Имя", { exact: true })).toHaveValue("Мария");
    await expect(page.getByLabel("Фамилия (необязательно)")).toHaveValue("Соседова");
    await expect(page.getByLabel("Телефон")).toHaveValue(/9167654321|916/);
    await page.getByRole("button", { name: "Подтвердить заказ" }).click();
    await expect(page).toHaveURL(/\/orders\/order_/);
    const orderId = /\/orders\/(order_[A-Za-z0-9]+)/.exec(page.url())![1];
    const orderNumber = (await page.getByTestId("order-number").textContent())!.trim();

    // The order is in the history and links to its page.
    await page.getByTestId("account-link").click();
    await expect(page).toHaveURL(/\/account$/);
    const order = page.getByTestId("customer-order").filter({ hasText: `Заказ № ${orderNumber}` });
    await expect(order).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await order.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));

    // Sign out, then in again with the same login.
    await page.goto("/account");
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page).toHaveURL(/\/account\/login\?done=loggedout$/);
    await expect(page.getByTestId("account-link")).toHaveText("Войти");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount$/);
    await page.getByLabel("Электронная почта").fill(email);
    await page.getByLabel("Пароль").fill(password);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("customer-order")).toHaveCount(1);
  });
});
