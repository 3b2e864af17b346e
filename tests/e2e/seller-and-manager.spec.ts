// The artisan's and the center manager's areas, in Russian:
// a new artisan applies to one of the demo manager's centers (/sell/join) → sees «на рассмотрении»
// on /sell → cannot add a product yet → the demo manager approves them (/manage) → the artisan adds
// a product → it is in the center's public shop → withdraw it, delete it (with the confirmation
// page) → sign out. And the sign-up once more without JavaScript, through a bad ИНН first.
// Every page is checked with axe-core. Each run uses a fresh e-mail, name and ИНН.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { MANAGER, runId } from "../support/session";

const backendUrl = process.env.SOSEDI_BACKEND_URL!;

type ManagedCenter = { id: string; handle: string; name: string };

/** The demo manager's centers, straight from the backend. */
async function managerCenters(): Promise<ManagedCenter[]> {
  const login = await fetch(`${backendUrl}/auth/manager/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(MANAGER),
  });
  expect(login.status, "the demo manager can sign in").toBe(200);
  const { token } = (await login.json()) as { token: string };
  const me = await fetch(`${backendUrl}/manage/me`, { headers: { authorization: `Bearer ${token}` } });
  const { manager } = (await me.json()) as { manager: { centers: ManagedCenter[] } };
  expect(manager.centers.length).toBeGreaterThan(0);
  return manager.centers;
}

/** A valid 12-digit ИНН: d11 and d12 are the Federal Tax Service control digits. */
function validPersonalInn(): string {
  const d = [7, 7, ...Array.from({ length: 8 }, () => Math.floor(Math.random() * 10))];
  const control = (weights: number[]) => (weights.reduce((sum, w, i) => sum + w * d[i], 0) % 11) % 10;
  d.push(control([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  d.push(control([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return d.join("");
}

/** The same ИНН with its last digit wrong. */
function breakInn(inn: string): string {
  return inn.slice(0, 11) + String((Number(inn[11]) + 1) % 10);
}


async function visitChecked(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBeLessThan(400);
  await expectNoSeriousA11yViolations(page);
}

/** The center's public shop, page by page, until the product's card shows up. */
async function expectInCenterShop(page: Page, centerHandle: string, title: string) {
  await page.goto(`/centers/${centerHandle}`);
  for (let i = 0; i < 10; i++) {
    const card = page.getByTestId("product-card").filter({ hasText: title });
    if ((await card.count()) > 0) {
      await expect(card).toBeVisible();
      return;
    }
    const next = page.getByRole("link", { name: "Следующая страница" });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  throw new Error(`«${title}» is not in the shop of /centers/${centerHandle}`);
}

async function approveAsManager(browser: Browser, baseURL: string, center: ManagedCenter, sellerName: string) {
  // the manager works in a browser of their own
  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const page = await context.newPage();
  try {
    // not signed in: /manage asks to sign in and comes back
    await page.goto("/manage");
    await expect(page).toHaveURL(/\/manage\/login\?next=%2Fmanage$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход для менеджеров центров");
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Электронная почта").fill(MANAGER.email);
    await page.getByLabel("Пароль").fill("wrong-password");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByTestId("login-error")).toContainText("Неверная почта или пароль");
    await expect(page.getByLabel("Электронная почта")).toHaveValue(MANAGER.email);
    await page.getByLabel("Пароль").fill(MANAGER.password);
    await page.getByRole("button", { name: "Войти" }).click();

    await expect(page).toHaveURL(/\/manage$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Кабинет менеджера");
    const card = page.getByTestId("managed-center").filter({ hasText: center.name });
    await expect(card.getByTestId("pending-count")).toContainText("Новых заявок:");
    await expectNoSeriousA11yViolations(page);

    await card.getByTestId("managed-center-link").click();
    await expect(page).toHaveURL(new RegExp(`/manage/centers/${center.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(center.name);
    const pendingRow = page.getByTestId("group-pending").getByTestId("membership-row").filter({ hasText: sellerName });
    await expect(pendingRow).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    await expect(pendingRow.getByTestId("decide-approved")).toHaveText(/^Одобрить/);
    await pendingRow.getByTestId("decide-approved").click();
    await expect(page.getByTestId("manage-notice")).toContainText(`${sellerName}: мастер одобрен`);
    await expect(page.getByTestId("group-approved").getByTestId("membership-row").filter({ hasText: sellerName })).toHaveCount(1);
    await expect(page.getByTestId("group-pending").getByTestId("membership-row").filter({ hasText: sellerName })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Выйти" }).first().click();
    await expect(page).toHaveURL(/\/manage\/login\?done=loggedout$/);
    await page.goto("/manage");
    await expect(page).toHaveURL(/\/manage\/login/);
  } finally {
    await context.close();
  }
}

test.describe("artisans and center managers", () => {
  test("a new artisan applies, the manager approves, the artisan's product is in the center's shop", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const run = runId();
    const centers = await managerCenters();
    const sellerName = `Тестовая Мастерица ${run}`;
    const email = `artisan.${run}@example.ru`;
    const password = `pass-${run}`;
    // «Я…» sorts last in the shop (title order), away from the products other specs open first
    const productTitle = `Яркая кружка с глазурью ${run}`;

    // The footer's link leads to /sell, which asks to sign in — or to apply.
    await page.goto("/");
    await page.getByTestId("footer-sell").click();
    await expect(page).toHaveURL(/\/sell\/login\?next=%2Fsell$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход для мастеров");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Подать заявку мастера" }).click();
    await expect(page).toHaveURL(/\/sell\/join$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Продавать на Соседях");
    await expectNoSeriousA11yViolations(page);

    // The form's first center that the demo manager runs (the form lists centers by district).
    const labels = await page.getByTestId("field-center_ids").locator("label.choice strong").allTextContents();
    const center = labels.map((name) => centers.find((c) => c.name === name.trim())).find(Boolean);
    expect(center, `one of ${centers.map((c) => c.name).join(", ")} is on the form`).toBeTruthy();

    await page.getByLabel("Электронная почта").fill(email);
    await page.getByLabel("Пароль").fill(password);
    await page.getByLabel("Имя или название мастерской").fill(sellerName);
    await page.getByLabel("Адрес вашей страницы").fill(`e2e-${run}`);
    await page.getByLabel("О себе и своих вещах").fill("Леплю кружки и тарелки из красной глины.");
    await page.getByLabel("Телефон (необязательно)").fill("+7 916 123-45-67");
    await page.getByLabel("Самозанятый (НПД)").check();
    await page.getByLabel("ИНН", { exact: true }).fill(validPersonalInn());
    await page.getByLabel("Подтверждаю: я продаю только то, что делаю сам или сама").check();
    await page.getByLabel(center!.name).check();
    await page.getByRole("button", { name: "Отправить заявку" }).click();

    // The dashboard: the application is under review, no products yet.
    await expect(page).toHaveURL(/\/sell\?done=joined$/);
    await expect(page.getByTestId("sell-notice")).toHaveText("Заявка отправлена: менеджеры центров рассмотрят её.");
    await expect(page.getByText(`Здравствуйте, ${sellerName}!`)).toBeVisible();
    const membership = page.getByTestId("membership").filter({ hasText: center!.name });
    await expect(membership.getByTestId("membership-status")).toHaveText("на рассмотрении");
    await expect(page.getByTestId("empty-state")).toContainText("У вас пока нет товаров");
    await expectNoSeriousA11yViolations(page);

    // Adding a product is not possible yet: the center has not approved the artisan.
    await page.getByTestId("add-product").click();
    await expect(page).toHaveURL(/\/sell\/products\/new$/);
    await expect(page.getByTestId("not-approved")).toContainText("Центр ещё не одобрил вашу заявку");
    await expect(page.getByTestId("not-approved")).toContainText(center!.name);
    await expect(page.getByTestId("product-form")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await approveAsManager(browser, baseURL!, center!, sellerName);

    // Now the artisan can: first with mistakes, then right.
    await page.goto("/sell");
    await expect(page.getByTestId("membership").filter({ hasText: center!.name }).getByTestId("membership-status")).toHaveText(
      "одобрено — можно продавать",
    );
    await page.getByTestId("add-product").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Новый товар");
    await expect(page.getByLabel(center!.name)).toBeChecked(); // the only approved center
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Цена, ₽", { exact: true }).fill("дорого");
    await page.getByLabel("Описание (необязательно)").fill("Объём 300 мл, можно в посудомойку.");
    await page.getByRole("button", { name: "Добавить товар" }).click();
    await expect(page.getByTestId("error-title")).toHaveText("Укажите название товара.");
    await expect(page.getByTestId("error-price")).toContainText("Цена — это число рублей");
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await expect(page.getByLabel("Описание (необязательно)")).toHaveValue("Объём 300 мл, можно в посудомойку.");
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Название", { exact: true }).fill(productTitle);
    await page.getByLabel("Цена, ₽", { exact: true }).fill("1 250");
    await page.getByLabel("Сколько штук есть").fill("3");
    await page.getByRole("button", { name: "Добавить товар" }).click();

    await expect(page).toHaveURL(/\/sell\?done=created#products$/);
    await expect(page.getByTestId("sell-notice")).toHaveText("Товар добавлен и уже в продаже.");
    const row = page.getByTestId("my-product").filter({ hasText: productTitle });
    await expect(row.getByTestId("my-product-status")).toHaveText("В продаже");
    await expectNoSeriousA11yViolations(page);

    // The resident sees it in the center's shop.
    await expectInCenterShop(page, center!.handle, productTitle);

    // Withdraw it from sale, then delete it (the confirmation is a page of its own).
    await page.goto("/sell");
    await expect(row.getByTestId("unpublish")).toHaveText(/^Снять с продажи/);
    await row.getByTestId("unpublish").click();
    await expect(page.getByTestId("sell-notice")).toHaveText("Товар снят с продажи.");
    await expect(row.getByTestId("my-product-status")).toHaveText("Черновик — покупатели его не видят");

    await row.getByTestId("delete-product").click();
    await expect(page).toHaveURL(/\/sell\/products\/[^/]+\/delete$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Удалить товар?");
    await expect(page.getByTestId("delete-text")).toContainText(productTitle);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Да, удалить" }).click();
    await expect(page.getByTestId("sell-notice")).toHaveText("Товар удалён.");
    await expect(page.getByTestId("my-product").filter({ hasText: productTitle })).toHaveCount(0);

    // Sign out: /sell asks to sign in again.
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page).toHaveURL(/\/sell\/login\?done=loggedout$/);
    await expect(page.getByTestId("login-notice")).toHaveText("Вы вышли из кабинета.");
    await page.goto("/sell");
    await expect(page).toHaveURL(/\/sell\/login\?next=%2Fsell$/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the sign-up: a wrong ИНН is shown on its field with the answers kept, then the application goes through", async ({ page }) => {
      const run = runId();
      const name = `Нина Проверкина ${run}`;
      const email = `nojs.${run}@example.ru`;
      const inn = validPersonalInn();

      await visitChecked(page, "/sell/join");
      await page.getByLabel("Электронная почта").fill(email);
      await page.getByLabel("Пароль").fill(`pass-${run}`);
      await page.getByLabel("Имя или название мастерской").fill(name);
      // the page address is left empty: it is made from the name
      await page.getByLabel("Индивидуальный предприниматель (ИП)").check();
      await page.getByLabel("ИНН", { exact: true }).fill(breakInn(inn));
      await page.getByTestId("field-center_ids").locator('input[type="checkbox"]').first().check();
      await page.getByRole("button", { name: "Отправить заявку" }).click();

      // The backend's «inn: неверный ИНН …» lands on the ИНН field, in Russian.
      await expect(page).toHaveURL(/\/sell\/join$/);
      await expect(page.getByTestId("error-inn")).toContainText("Неверный ИНН (проверьте цифры)");
      await expect(page.getByLabel("ИНН", { exact: true })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("error-summary")).toBeVisible();
      await expect(page.getByLabel("Электронная почта")).toHaveValue(email);
      await expect(page.getByLabel("Имя или название мастерской")).toHaveValue(name);
      await expect(page.getByLabel("Адрес вашей страницы")).toHaveValue(`nina-proverkina-${run}`);
      await expect(page.getByLabel("Индивидуальный предприниматель (ИП)")).toBeChecked();
      await expect(page.getByTestId("field-center_ids").locator('input[type="checkbox"]').first()).toBeChecked();
      await expect(page.getByLabel("Пароль")).toHaveValue("");
      await expectNoSeriousA11yViolations(page);

      await page.getByLabel("ИНН", { exact: true }).fill(inn);
      await page.getByLabel("Пароль").fill(`pass-${run}`);
      await page.getByRole("button", { name: "Отправить заявку" }).click();

      await expect(page).toHaveURL(/\/sell\?done=joined$/);
      await expect(page.getByTestId("sell-notice")).toHaveText("Заявка отправлена: менеджеры центров рассмотрят её.");
      await expect(page.getByTestId("membership-status").first()).toHaveText("на рассмотрении");
      await expect(page.getByText(`nina-proverkina-${run}`)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  });

  test("the English pages of the artisans' and managers' areas", async ({ page }) => {
    await visitChecked(page, "/en/sell/join");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sell on Sosedi");
    await expect(page.getByTestId("join-form")).toHaveAttribute("action", "/en/sell/join");

    await page.goto("/en/sell");
    await expect(page).toHaveURL(/\/en\/sell\/login\?next=%2Fsell$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign-in for artisans");
    await page.getByLabel("E-mail").fill("master@sosedi.local");
    await page.getByLabel("Password").fill("sosedi-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/sell$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artisan's account");
    await expect(page.getByTestId("membership-status").first()).toHaveText("approved — you can sell");
    await expectNoSeriousA11yViolations(page);

    await visitChecked(page, "/en/manage/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign-in for center managers");
  });
});
