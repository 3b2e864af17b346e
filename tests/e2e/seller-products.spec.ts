// The demo artisan edits a product (price on the edit page → the public product page) and uploads
// products from a CSV (a bad row → its error in the table and nothing added; a good file →
// «Загружено товаров: 1»). Both new pages are checked with axe-core.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { MASTER, runId } from "../support/session";

const backendUrl = process.env.SOSEDI_BACKEND_URL!;


async function api<T>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  expect(res.ok, `${path}: ${res.status}`).toBeTruthy();
  return (await res.json()) as T;
}

async function masterToken(): Promise<string> {
  const res = await fetch(`${backendUrl}/auth/seller/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(MASTER),
  });
  const { token } = (await res.json()) as { token: string };
  return token;
}

async function signIn(page: Page) {
  await page.goto("/sell/login");
  await page.getByLabel("Электронная почта").fill(MASTER.email);
  await page.getByLabel("Пароль").fill(MASTER.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/sell(\?|$|#)/);
}

type Me = { seller: { memberships: { status: string; center: { id: string; handle: string } }[] } };

test("the artisan changes a price on the edit page and uploads products from CSV", async ({ page }) => {
  const token = await masterToken();
  const { seller } = await api<Me>("/sellers/me", token);
  const center = seller.memberships.find((m) => m.status === "approved")!.center;
  const id = runId();

  // a product of the demo artisan, then its price changed on the edit page
  const { product } = await api<{ product: { id: string; handle: string } }>("/sellers/me/products", token, {
    method: "POST",
    body: { title: `Подставка ${id}`, status: "published", variants: [{ title: "Стандартный", price: 500, stock: 3 }], center_ids: [center.id] },
  });
  await signIn(page);
  await page.goto("/sell");
  await page.getByTestId("my-product").filter({ hasText: `Подставка ${id}` }).getByTestId("edit-product").click();
  await expect(page).toHaveURL(new RegExp(`/sell/products/${product.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Подставка ${id}`);
  await expectNoSeriousA11yViolations(page);

  // a wrong price: the field says so
  const variant = page.getByTestId("variant-form").first();
  await variant.getByLabel("Цена, ₽").fill("дорого");
  await variant.getByLabel("Сколько штук в каждом центре").fill("4");
  await variant.getByTestId("variant-submit").click();
  await expect(page.getByTestId("error-price")).toBeVisible();

  await page.getByTestId("variant-form").first().getByLabel("Цена, ₽").fill("1357");
  await page.getByTestId("variant-form").first().getByTestId("variant-submit").click();
  await expect(page.getByTestId("edit-notice")).toContainText("Цена и наличие сохранены");

  // the title form
  await page.getByLabel("Название").fill(`Подставка ${id} дубовая`);
  await page.getByTestId("edit-submit").click();
  await expect(page.getByTestId("edit-notice")).toContainText("Изменения сохранены");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Подставка ${id} дубовая`);

  await page.goto(`/products/${product.handle}`);
  await expect(page.locator("main")).toContainText(/1[\s\u00a0\u202f]357/);

  // another artisan's (or no) product: 404
  const missing = await page.goto("/sell/products/prod_does_not_exist");
  expect(missing?.status()).toBe(404);

  // CSV: one bad row → the row's error, nothing added
  const before = await api<{ count: number }>("/sellers/me/products?limit=1", token);
  await page.goto("/sell");
  await page.getByTestId("import-products").click();
  await expect(page).toHaveURL(/\/sell\/products\/import$/);
  await expectNoSeriousA11yViolations(page);
  const template = await page.request.get("/sell/products/import/template.csv");
  expect(template.ok()).toBeTruthy();
  expect(template.headers()["content-type"]).toMatch(/text\/csv/);
  expect(await template.text()).toContain("title");

  const bad = `title,price,stock,centers\nВаза ${id},1500,2,${center.handle}\nЧашка ${id},дорого,1,${center.handle}\n`;
  await page.getByLabel("Файл CSV").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await page.getByTestId("import-submit").click();
  const rowError = page.getByTestId("import-row-error");
  await expect(rowError).toHaveCount(1);
  await expect(rowError.first()).toContainText("price");
  await expect(page.getByTestId("import-errors")).toContainText("Ни один товар не добавлен");
  await expectNoSeriousA11yViolations(page);
  const after = await api<{ count: number }>("/sellers/me/products?limit=1", token);
  expect(after.count).toBe(before.count);

  // a good file
  const good = `\uFEFFtitle,price,stock,centers\nВаза ${id},1500,2,${center.handle}\n`;
  await page.getByLabel("Файл CSV").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good, "utf8") });
  await page.getByTestId("import-submit").click();
  await expect(page).toHaveURL(/\/sell\?/);
  await expect(page.getByTestId("sell-notice")).toContainText("Загружено товаров: 1");
  const final = await api<{ count: number }>("/sellers/me/products?limit=1", token);
  expect(final.count).toBe(before.count + 1);
});

test("the artisan lists a shirt in sizes and colours through the form; the edit page keeps its center", async ({ page }) => {
  const token = await masterToken();
  const { seller } = await api<Me>("/sellers/me", token);
  const center = seller.memberships.find((m) => m.status === "approved")!.center;
  const id = runId();
  await signIn(page);
  await page.goto("/sell/products/new");
  const form = page.getByTestId("product-form");
  await form.locator('[name="title"]').fill(`Рубашка ${id}`);
  await form.locator('[name="price"]').fill("2500");
  await form.locator('[name="stock"]').fill("2");
  const category = form.getByLabel("Категория");
  const categoryName = (await category.locator("option").nth(1).textContent())!.trim();
  await category.selectOption({ label: categoryName });
  await page.getByTestId("variants").locator("summary").click();
  await form.locator('[name="option_title"]').fill("Размер");
  await form.locator('[name="option2_title"]').fill("Цвет");
  await form.locator('[name="variant_title"]').fill("S");
  await form.locator('[name="variant_value2"]').fill("белый");
  await form.locator('[name="variant_title_2"]').fill("M");
  await form.locator('[name="variant_value2_2"]').fill("белый");
  await form.locator('[name="variant_price_2"]').fill("2600");
  await form.locator('[name="variant_stock_2"]').fill("1");
  // the same pair twice: the row says so and nothing is created
  await form.locator('[name="variant_title_3"]').fill("m");
  await form.locator('[name="variant_value2_3"]').fill("Белый");
  await form.locator('[name="variant_price_3"]').fill("2600");
  await form.locator('[name="variant_stock_3"]').fill("1");
  const check = form.locator(`input[name="center_ids"][value="${center.id}"]`);
  if (!(await check.isChecked())) await check.check();
  await page.getByTestId("product-submit").click();
  await expect(page.getByTestId("error-summary")).toContainText("Такое сочетание уже есть");
  await expectNoSeriousA11yViolations(page);

  await form.locator('[name="variant_value2_3"]').fill("синий");
  await page.getByTestId("product-submit").click();
  await expect(page).toHaveURL(/\/sell\?done=created/);

  const { products } = await api<{ products: { id: string; title: string; handle: string }[] }>("/sellers/me/products?limit=50", token);
  const shirt = products.find((p) => p.title === `Рубашка ${id}`)!;
  await page.goto(`/products/${shirt.handle}`);
  const choices = page.locator('input[name="variant_id"]');
  await expect(choices).toHaveCount(3);
  await expect(page.locator("main")).toContainText("Размер: M, Цвет: синий");
  await expect(page.locator("main")).toContainText(/Размер \/ Цвет|Цвет \/ Размер/);

  // the edit page shows where it is offered and saves that choice with the texts
  await page.goto(`/sell/products/${shirt.id}`);
  const offered = page.getByTestId("field-center_ids").locator(`input[value="${center.id}"]`);
  await expect(offered).toBeChecked();
  await offered.uncheck();
  await page.getByTestId("edit-submit").click();
  await expect(page.getByTestId("error-center_ids")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId("field-center_ids").locator(`input[value="${center.id}"]`).check();
  await page.getByTestId("edit-submit").click();
  await expect(page.getByTestId("edit-notice")).toContainText("Изменения сохранены");
  const { product } = await api<{ product: { center_ids: string[]; categories: { name: string }[] } }>(`/sellers/me/products/${shirt.id}`, token);
  expect(product.center_ids).toEqual([center.id]);
  expect(product.categories.map((c) => c.name)).toEqual([categoryName]);
  await expect(page.getByLabel("Категория")).toHaveValue(/.+/);
});
