// The demo manager keeps the center's rooms: adds one (a wrong capacity is named first), sees it on
// the public center page, edits it, removes it after the confirmation step. axe-core on the page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { MANAGER } from "../support/session";


test("the manager adds, edits and removes a room; the public center page follows", async ({ page }) => {
  const name = `Зал ${Date.now().toString(36)}`;
  await page.goto("/manage/login");
  await page.getByLabel("Электронная почта").fill(MANAGER.email);
  await page.getByLabel("Пароль").fill(MANAGER.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/manage$/);
  await page.locator('a[href^="/manage/centers/"]').first().click();
  const publicPath = await page.getByRole("link", { name: /страниц/i }).first().getAttribute("href");
  expect(publicPath).toMatch(/^\/centers\//);
  await page.getByTestId("center-rooms-link").click();
  await expect(page).toHaveURL(/\/manage\/centers\/[^/]+\/rooms$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Залы центра");
  await expectNoSeriousA11yViolations(page);

  const form = page.getByTestId("new-room-form");
  await form.getByLabel("Название").fill(name);
  await form.getByLabel("Сколько человек вмещает").fill("ноль");
  await form.getByLabel("Цена за час, ₽").fill("350");
  await form.getByLabel("Что есть в зале").fill("проектор, доска");
  await page.getByTestId("room-create").click();
  await expect(page.getByTestId("error-summary")).toContainText("целое число от 1 до 500");
  await expect(form.getByLabel("Название")).toHaveValue(name);
  await expectNoSeriousA11yViolations(page);

  await form.getByLabel("Сколько человек вмещает").fill("12");
  await page.getByTestId("room-create").click();
  await expect(page.getByTestId("rooms-notice")).toHaveText("Зал добавлен.");
  const room = page.getByTestId("room").filter({ hasText: name });
  await expect(room).toContainText("До 12 человек");
  await expect(room).toContainText("проектор, доска");

  await page.goto(publicPath!);
  await expect(page.locator("main")).toContainText(name);
  await expect(page.locator("main")).toContainText(/350/);

  await page.goBack();
  const edit = page.getByTestId("room").filter({ hasText: name });
  await edit.locator("summary").click();
  await edit.getByLabel("Сколько человек вмещает").fill("15");
  await edit.getByTestId("room-save").click();
  await expect(page.getByTestId("rooms-notice")).toHaveText("Изменения сохранены.");
  await expect(page.getByTestId("room").filter({ hasText: name })).toContainText("До 15 человек");

  await page.getByTestId("room").filter({ hasText: name }).getByTestId("room-delete").click();
  await expect(page.getByTestId("confirm-delete")).toContainText(`Удалить зал «${name}»?`);
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId("confirm-delete-submit").click();
  await expect(page.getByTestId("rooms-notice")).toHaveText("Зал удалён.");
  await expect(page.getByTestId("room").filter({ hasText: name })).toHaveCount(0);
  await page.goto(publicPath!);
  await expect(page.locator("main")).not.toContainText(name);
});
