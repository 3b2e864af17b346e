// The marketplace end to end, in Russian: a new artisan applies to a center of the demo manager →
// the manager approves → the artisan lists a product (with a photo) → a resident buys it together
// with the demo artisan's item at the same center (storefront cart and checkout) → each artisan sees
// only their own part of the order in /sell/orders → the new artisan marks it «Готов к выдаче» →
// the resident's order page shows that part as «Готов к выдаче», the other one as «Готовится».
// Every new page is checked with axe-core.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { MANAGER, MASTER, newPage, runId, signIn } from "../support/session";

const backendUrl = process.env.SOSEDI_BACKEND_URL!;
const publishableKey = process.env.SOSEDI_PUBLISHABLE_KEY!;

type Center = { id: string; handle: string; name: string };
type ShopProduct = { id: string; handle: string; title: string; thumbnail: string | null; seller: { handle: string; name: string } | null };

async function backendLogin(actor: "seller" | "manager", creds: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${backendUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(creds),
  });
  expect(res.status, `${creds.email} can sign in`).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function backendGet<T>(path: string, headers: Record<string, string>): Promise<T> {
  const res = await fetch(`${backendUrl}${path}`, { headers });
  expect(res.status, `GET ${path}`).toBe(200);
  return (await res.json()) as T;
}

/** A manager's center where the demo artisan sells, the demo artisan's goods there, any demo photo. */
async function demoSetting() {
  const managerToken = await backendLogin("manager", MANAGER);
  const { manager } = await backendGet<{ manager: { centers: Center[] } }>("/manage/me", { authorization: `Bearer ${managerToken}` });
  const masterToken = await backendLogin("seller", MASTER);
  const { seller } = await backendGet<{ seller: { handle: string; name: string; memberships: { status: string; center: Center }[] } }>(
    "/sellers/me",
    { authorization: `Bearer ${masterToken}` },
  );
  const approved = new Set(seller.memberships.filter((m) => m.status === "approved").map((m) => m.center.id));
  const center = manager.centers.find((c) => approved.has(c.id)) ?? manager.centers[0];
  const { center: detail } = await backendGet<{ center: { products: ShopProduct[] } }>(
    `/store/centers/${center.handle}?limit=100&offset=0`,
    { "x-publishable-api-key": publishableKey },
  );
  // The demo photos are served by the backend (http://localhost:…/static/…): the product form wants
  // a host name with a dot, so «localhost» is written as 127.0.0.1 (the same file).
  const thumbnail = detail.products
    .map((p) => p.thumbnail)
    .find((t): t is string => Boolean(t && /^https?:\/\//.test(t)))
    ?.replace(/^(https?:\/\/)localhost(?=[:/])/, "$1127.0.0.1");
  const masterGoods = detail.products.filter((p) => p.seller?.handle === seller.handle);
  const otherGoods = masterGoods.length ? masterGoods : detail.products.filter((p) => p.seller);
  return { center, thumbnail, otherGoods, masterIsOther: masterGoods.length > 0 };
}

function validPersonalInn(): string {
  const d = [7, 7, ...Array.from({ length: 8 }, () => Math.floor(Math.random() * 10))];
  const control = (weights: number[]) => (weights.reduce((sum, w, i) => sum + w * d[i], 0) % 11) % 10;
  d.push(control([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  d.push(control([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return d.join("");
}




async function approve(browser: Browser, baseURL: string, center: Center, sellerName: string) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await signIn(page, "/manage/login", MANAGER);
    await expect(page).toHaveURL(/\/manage$/);
    await page.goto(`/manage/centers/${center.id}`);
    const row = page.getByTestId("group-pending").getByTestId("membership-row").filter({ hasText: sellerName });
    await row.getByTestId("decide-approved").click();
    await expect(page.getByTestId("manage-notice")).toContainText(`${sellerName}: мастер одобрен`);
  } finally {
    await context.close();
  }
}

/** Add a product to the cart at the center; false when it cannot be bought there now. */
async function addToCart(page: Page, handle: string, centerId: string): Promise<boolean> {
  await page.goto(`/products/${handle}?center=${centerId}`);
  const button = page.getByTestId("add-to-cart");
  if ((await button.count()) === 0 || (await button.isDisabled())) return false;
  const stock = page.getByTestId("stock");
  if ((await stock.count()) > 0 && /Нет в наличии|Мест нет/.test((await stock.textContent()) ?? "")) return false;
  await button.click();
  await expect(page.getByTestId("added-notice")).toContainText("Товар добавлен в корзину");
  return true;
}

test("an order of two artisans: each sees their part, «Готов к выдаче» reaches the resident", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const run = runId();
  const { center, thumbnail, otherGoods, masterIsOther } = await demoSetting();
  expect(thumbnail, "a demo product has a photo").toBeTruthy();
  expect(otherGoods.length, `another artisan sells at ${center.name}`).toBeGreaterThan(0);
  const sellerName = `Мастер Заказов ${run}`;
  const password = `pass-${run}`;
  const productTitle = `Ясеневая ложка ${run}`;

  // The artisan applies to the center.
  await page.goto("/sell/join");
  await page.getByLabel("Электронная почта").fill(`orders.${run}@example.ru`);
  await page.getByLabel("Пароль").fill(password);
  await page.getByLabel("Имя или название мастерской").fill(sellerName);
  await page.getByLabel("Самозанятый (НПД)").check();
  await page.getByLabel("ИНН", { exact: true }).fill(validPersonalInn());
  await page.getByLabel("Подтверждаю: я продаю только то, что делаю сам или сама").check();
  await page.getByLabel(center.name).check();
  await page.getByRole("button", { name: "Отправить заявку" }).click();
  await expect(page).toHaveURL(/\/sell\?done=joined$/);

  // No orders yet.
  await page.getByTestId("orders-link").click();
  await expect(page).toHaveURL(/\/sell\/orders$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Заказы покупателей");
  await expect(page.getByTestId("empty-state")).toContainText("Заказов пока нет");
  await expectNoSeriousA11yViolations(page);

  await approve(browser, baseURL!, center, sellerName);

  // The artisan has no resident account: the decision is on their dashboard's «Уведомления» (issue 6).
  await page.goto("/sell");
  const told = page.getByTestId("seller-notifications").getByTestId("notification");
  await expect(told).toHaveCount(1);
  await expect(told).toContainText(`Центр «${center.name}» одобрил вашу заявку`);
  await expectNoSeriousA11yViolations(page);

  // The product, with a photo.
  await page.goto("/sell/products/new");
  await page.getByLabel("Название", { exact: true }).fill(productTitle);
  await page.getByLabel("Цена, ₽", { exact: true }).fill("700");
  await page.getByLabel("Сколько штук есть").fill("5");
  await page.getByLabel("Ссылка на фото (необязательно)").fill(thumbnail!);
  await page.getByRole("button", { name: "Добавить товар" }).click();
  await expect(page.getByTestId("sell-notice")).toHaveText("Товар добавлен и уже в продаже.");
  const mine = page.getByTestId("my-product").filter({ hasText: productTitle });
  await expect(mine.locator("img")).toHaveAttribute("src", thumbnail!);
  const productHref = await mine.getByRole("link", { name: /Посмотреть в магазине/ }).getAttribute("href");
  const productHandle = productHref!.replace(/^\/products\//, "");

  // The resident buys it together with another artisan's item, at the same center.
  const resident = await newPage(browser, baseURL!);
  try {
    const shop = resident.page;
    expect(await addToCart(shop, productHandle, center.id)).toBe(true);
    let other: ShopProduct | undefined;
    for (const candidate of otherGoods.slice(0, 8)) {
      if (await addToCart(shop, candidate.handle, center.id)) {
        other = candidate;
        break;
      }
    }
    expect(other, "one of the other artisan's goods is in stock").toBeTruthy();
    await shop.goto("/cart");
    await expect(shop.getByTestId("cart-item")).toHaveCount(2);
    await shop.getByRole("link", { name: "Оформить заказ" }).click();
    await shop.getByLabel("Имя", { exact: true }).fill("Ольга");
    await shop.getByLabel("Телефон").fill("+7 916 765-43-21");
    await shop.getByLabel("Электронная почта").fill(`resident.${run}@example.ru`);
    await shop.getByRole("button", { name: "Подтвердить заказ" }).click();
    await expect(shop).toHaveURL(/\/orders\/order_[A-Za-z0-9]+$/);
    const orderId = shop.url().split("/").pop()!;

    // The resident's page: one part per artisan, both being prepared.
    const parts = shop.getByTestId("order-part");
    await expect(parts).toHaveCount(2);
    const myPart = parts.filter({ hasText: productTitle });
    const otherPart = parts.filter({ hasText: other!.title });
    await expect(myPart.getByTestId("order-part-status")).toHaveText("Готовится");
    await expect(otherPart.getByTestId("order-part-status")).toHaveText("Готовится");
    await expectNoSeriousA11yViolations(shop);

    // The new artisan sees only their own item of the order.
    await page.goto("/sell/orders");
    const row = page.locator(`[data-testid="seller-order"][data-order-id="${orderId}"]`);
    await expect(row.getByTestId("seller-order-item")).toHaveCount(1);
    await expect(row.getByTestId("seller-order-item")).toContainText(productTitle);
    await expect(row).not.toContainText(other!.title);
    await expect(row.getByTestId("seller-order-status")).toHaveText("Новый — нужно подготовить");
    await expect(row.getByTestId("seller-order-buyer")).toHaveText(/Ольга/);
    await expect(row).toContainText(center.name);
    await expectNoSeriousA11yViolations(page);

    // The other artisan (the demo one) sees only theirs.
    if (masterIsOther) {
      const master = await newPage(browser, baseURL!);
      try {
        await signIn(master.page, "/sell/login?next=%2Fsell%2Forders", MASTER);
        await expect(master.page).toHaveURL(/\/sell\/orders$/);
        const masterRow = master.page.locator(`[data-testid="seller-order"][data-order-id="${orderId}"]`);
        await expect(masterRow.getByTestId("seller-order-item")).toContainText(other!.title);
        await expect(masterRow).not.toContainText(productTitle);
      } finally {
        await master.context.close();
      }
    }

    // «Готов к выдаче».
    await row.getByTestId("seller-order-link").click();
    await expect(page).toHaveURL(new RegExp(`/sell/orders/${orderId}$`));
    await expect(page.getByTestId("seller-order-status")).toHaveText("Новый — нужно подготовить");
    await expect(page.getByTestId("receipt-form")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId("mark-ready_for_pickup").click();
    await expect(page.getByTestId("order-notice")).toContainText("заказ готов к выдаче");
    await expect(page.getByTestId("seller-order-status")).toHaveText("Готов к выдаче — ждёт покупателя в центре");
    await expect(page.getByTestId("mark-handed_over")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The resident's order page follows.
    await shop.reload();
    await expect(shop.getByTestId("order-part").filter({ hasText: productTitle }).getByTestId("order-part-status")).toHaveText("Готов к выдаче");
    await expect(shop.getByTestId("order-part").filter({ hasText: other!.title }).getByTestId("order-part-status")).toHaveText("Готовится");

    // Handed over: the receipt form appears; a bad number is refused on its field, a good one is kept.
    await page.getByTestId("mark-handed_over").click();
    await expect(page.getByTestId("seller-order-status")).toHaveText("Передан покупателю");

    // /sell/earnings: the month's money, and the order in «paid without a receipt», linking back.
    await page.goto("/sell");
    await page.getByTestId("earnings-link").click();
    await expect(page).toHaveURL(/\/sell\/earnings$/);
    await expect(page.getByTestId("earnings-months")).toBeVisible();
    await expect(page.getByTestId("earnings-net")).toContainText("₽");
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId("missing-receipt").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/sell/orders/${orderId}#receipt-form$`));
    await page.getByLabel("Номер чека").fill("№1");
    await page.getByRole("button", { name: "Сохранить номер чека" }).click();
    await expect(page.getByTestId("field-receipt_number")).toContainText("Номер чека — от 3 до 40 букв, цифр или дефисов.");
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Номер чека").fill(`20ab-${run}`);
    await page.getByRole("button", { name: "Сохранить номер чека" }).click();
    await expect(page.getByTestId("order-notice")).toHaveText("Номер чека сохранён.");
    await expect(page.getByTestId("receipt-number")).toContainText(`20ab-${run}`);
    await page.goto("/sell/earnings");
    await expect(page.getByTestId("missing-none")).toBeVisible();

    // The guest registers with the order's e-mail: «Уведомления» already hold both messages.
    await shop.goto("/account/register");
    await shop.getByLabel("Электронная почта").fill(`resident.${run}@example.ru`);
    await shop.getByLabel("Пароль").fill("sosedi-e2e-123");
    await shop.getByLabel("Имя", { exact: true }).fill("Вера");
    await shop.getByLabel("Фамилия", { exact: true }).fill("Соседова");
    await shop.getByLabel("Телефон").fill("+7 916 000-11-22");
    await shop.getByRole("button", { name: "Зарегистрироваться" }).click();
    await expect(shop).toHaveURL(/\/account$/);
    await shop.getByTestId("notifications-link").click();
    await expect(shop).toHaveURL(/\/account\/notifications$/);
    const messages = shop.getByTestId("notification");
    await expect(messages).toHaveCount(3);
    await expect(messages.first()).toContainText("выдан");
    await expect(messages.nth(1)).toContainText("готов к выдаче в центре");
    // issue 6: the order's own confirmation, oldest
    await expect(messages.nth(2)).toHaveAttribute("data-template", "order-placed");
    await expect(messages.nth(2)).toContainText(/Заказ № \d+ оформлен: товаров — 2/);
    await expectNoSeriousA11yViolations(shop);
    // the same page in English
    await shop.goto("/en/account/notifications");
    await expect(shop.getByTestId("notification").nth(2)).toContainText(/Order no\. \d+ is placed: 2 item/);
    await expectNoSeriousA11yViolations(shop);
    await shop.goto("/account/notifications");
    await messages.nth(1).getByRole("link").click();
    await expect(shop).toHaveURL(new RegExp(`/orders/${orderId}$`));
  } finally {
    await resident.context.close();
  }
});
