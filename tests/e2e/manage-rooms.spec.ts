// The demo manager keeps the center's rooms: adds one (a wrong capacity is named first), sees it on
// the public center page, edits it, gives it its own opening hours (a wrong day is named first; the
// resident's availability grid then offers only those hours), removes it after the confirmation
// step. axe-core on the page.
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

  // its own hours: Wednesday 12:00–15:00, Thursday closed; a Tuesday closing before opening is refused
  const hoursRoom = page.getByTestId("room").filter({ hasText: name });
  await expect(hoursRoom.getByTestId("room-center-hours")).toBeVisible();
  const roomId = (await hoursRoom.getAttribute("id"))!.replace(/^room-/, "");
  const roomsPath = new URL(page.url()).pathname;
  await hoursRoom.locator("summary").first().click();
  await hoursRoom.getByLabel("Свои часы").check();
  await hoursRoom.getByLabel("Открыт с (Вторник)").fill("21:00");
  await hoursRoom.getByLabel("до (Вторник)").fill("10:00");
  await hoursRoom.getByLabel("Открыт с (Среда)").fill("12:00");
  await hoursRoom.getByLabel("до (Среда)").fill("15:00");
  await hoursRoom.getByLabel("Открыт с (Четверг)").fill("");
  await hoursRoom.getByLabel("до (Четверг)").fill("");
  await hoursRoom.getByTestId("room-save").click();
  const refusedRoom = page.getByTestId("room").filter({ hasText: name });
  await expect(refusedRoom.getByTestId("error-summary")).toContainText("Вторник");
  await expect(refusedRoom.getByTestId("room-hours-tue")).toContainText("Время открытия должно быть раньше закрытия");
  await expect(refusedRoom.getByTestId("room-hours-wed").locator(".field-error")).toHaveCount(0);
  await expect(refusedRoom.getByLabel("Открыт с (Среда)")).toHaveValue("12:00");
  await expect(refusedRoom.getByLabel("Свои часы")).toBeChecked();
  // every room's form has its own ids: no label points at another room's field
  const ids = await page.locator("input[id]").evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  await expectNoSeriousA11yViolations(page);
  await refusedRoom.getByLabel("Открыт с (Вторник)").fill("10:00");
  await refusedRoom.getByLabel("до (Вторник)").fill("21:00");
  await refusedRoom.getByTestId("room-save").click();
  await expect(page.getByTestId("rooms-notice")).toHaveText("Изменения сохранены.");
  await expect(page.getByTestId("room").filter({ hasText: name }).getByTestId("room-own-hours")).toBeVisible();

  // the resident's grid: Wednesday only 12:00–14:30 starts, Thursday closed
  const moscowToday = new Date(Date.now() + 3 * 3600_000);
  const dayAhead = (weekday: number) => {
    const d = new Date(moscowToday);
    d.setUTCDate(d.getUTCDate() + 1);
    while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  const grid = `${publicPath}/rooms?room=${encodeURIComponent(roomId)}`;
  await page.goto(`${grid}&date=${dayAhead(3)}`);
  const slots = page.getByTestId("room-slot");
  await expect(slots.first()).toHaveAttribute("data-time", "12:00");
  expect(await slots.evaluateAll((els) => els.map((e) => e.getAttribute("data-time")))).toEqual(["12:00", "12:30", "13:00", "13:30", "14:00", "14:30"]);
  await page.goto(`${grid}&date=${dayAhead(4)}`);
  await expect(page.getByTestId("room-closed")).toBeVisible();
  await expect(page.getByTestId("room-slot")).toHaveCount(0);
  await page.goto(roomsPath);

  await page.getByTestId("room").filter({ hasText: name }).getByTestId("room-delete").click();
  await expect(page.getByTestId("confirm-delete")).toContainText(`Удалить зал «${name}»?`);
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId("confirm-delete-submit").click();
  await expect(page.getByTestId("rooms-notice")).toHaveText("Зал удалён.");
  await expect(page.getByTestId("room").filter({ hasText: name })).toHaveCount(0);
  await page.goto(publicPath!);
  await expect(page.locator("main")).not.toContainText(name);
});
