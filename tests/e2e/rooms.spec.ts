// Rooms (issue 4): a resident books a room slot of the demo manager's first center, pays it through
// the normal checkout (pay at the center) and sees the door code; the manager finds it in the room's week calendar,
// blocks and unblocks time and issues a lock secret. Without JavaScript; axe-core on every page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";

const MANAGER = { email: "manager@sosedi.local", password: "sosedi-demo" };
const CENTER = "khamovniki"; // the first demo center: its manager is the demo manager

function moscowDate(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

async function register(page: Page, email: string) {
  await page.goto("/account/register");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill("sosedi-e2e-123");
  await page.getByLabel("Имя", { exact: true }).fill("Вера");
  await page.getByLabel("Фамилия", { exact: true }).fill("Залова");
  await page.getByLabel("Телефон").fill("8 (916) 111-22-33");
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test.describe("rooms", () => {
  test.describe.configure({ timeout: 150_000 });
  test.use({ javaScriptEnabled: false, locale: "ru-RU", timezoneId: "Europe/Moscow" });

  test("a resident books a room and gets the door code; the manager sees it in the week calendar", async ({ page, browser, baseURL }) => {
    // the public rooms page, linked from the center page
    await page.goto(`/centers/${CENTER}`);
    await page.getByTestId("center-rooms-link").click();
    await expect(page).toHaveURL(new RegExp(`/centers/${CENTER}/rooms$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Помещения");
    await expect(page.getByTestId("room-row").first()).toBeVisible();
    await expect(page.getByTestId("room-login-hint").or(page.getByTestId("room-closed"))).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // signing in first, then a day a few days ahead with a free hour
    const email = `rooms.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.ru`;
    await register(page, email);
    await page.goto(`/centers/${CENTER}/rooms`);
    const roomName = (await page.getByTestId("room-row").first().locator("th").textContent())!.trim();
    let date = "";
    for (let ahead = 3; ahead < 12; ahead++) {
      date = moscowDate(ahead);
      await page.getByLabel("Дата").fill(date);
      await page.getByRole("button", { name: "Показать" }).click();
      if ((await page.getByTestId("room-book-form").count()) > 0) break;
    }
    await expect(page.getByTestId("room-book-form")).toBeVisible();
    await expect(page.getByTestId("room-slot").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const start = await page.getByLabel("Начало").inputValue();
    const startTime = (await page.getByLabel("Начало").locator("option:checked").textContent())!.trim();
    await page.getByLabel("Длительность").selectOption("60");
    await page.getByLabel("Цель (необязательно)").fill("Репетиция хора");
    await page.getByRole("button", { name: "Забронировать" }).last().click();

    // held for 15 minutes for payment: «Оплатить» puts it into the cart and opens the normal checkout
    await expect(page).toHaveURL(/\/account\/rooms\/rbk_[A-Z0-9]+\?done=held$/);
    const bookingUrl = page.url().split("?")[0];
    const booking = page.getByTestId("room-booking");
    await expect(booking.getByTestId("room-booking-status")).toHaveText("Ждёт подтверждения");
    await expect(booking.getByTestId("room-hold")).toContainText("оплатите бронь");
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId("room-pay").click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByText(`Аренда: ${roomName}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // pre-filled from the profile; pay at the center
    await expect(page.getByLabel("Имя", { exact: true })).toHaveValue("Вера");
    await page.getByRole("button", { name: "Подтвердить заказ" }).click();
    await expect(page).toHaveURL(/\/orders\/order_/);
    // the room line links to the booking (where its door code appears); no artisan part for it
    await expect(page.getByTestId("room-line")).toContainText(`Аренда: ${roomName}`);
    await expect(page.getByTestId("room-line")).toHaveAttribute("href", new URL(bookingUrl).pathname);
    await expect(page.getByTestId("order-part")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // the placed order confirmed the booking: the door code
    await page.goto(bookingUrl);
    for (let i = 0; i < 20 && (await booking.getByTestId("room-booking-status").textContent())?.trim() !== "Подтверждена"; i++) {
      await page.waitForTimeout(250);
      await page.reload();
    }
    await expect(booking.getByTestId("room-booking-status")).toHaveText("Подтверждена");
    await expect(booking.getByTestId("room-pay")).toHaveCount(0);
    const code = (await booking.getByTestId("door-code").textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);
    await expectNoSeriousA11yViolations(page);

    // the grid shows the slot taken
    await page.goto(`/centers/${CENTER}/rooms?date=${date}`);
    await expect(page.getByTestId("room-slot").filter({ has: page.locator(`time[datetime="${start}"]`) })).toHaveAttribute("data-free", "false");

    // the account lists it with its code
    await page.goto("/account");
    await page.getByTestId("account-rooms-link").click();
    await expect(page.getByTestId("door-code")).toHaveText(code);
    await expectNoSeriousA11yViolations(page);

    // the manager's week calendar of that room
    const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow", javaScriptEnabled: false });
    const boss = await context.newPage();
    try {
      await boss.goto("/manage/login");
      await boss.getByLabel("Электронная почта").fill(MANAGER.email);
      await boss.getByLabel("Пароль").fill(MANAGER.password);
      await boss.getByRole("button", { name: "Войти" }).click();
      await expect(boss).toHaveURL(/\/manage$/);
      await boss.getByTestId("managed-center").filter({ hasText: "Хамовники" }).getByTestId("managed-center-link").click();
      await boss.getByTestId("room-calendar-links").getByRole("link", { name: `Календарь: ${roomName}` }).click();
      await expect(boss.getByRole("heading", { level: 1 })).toHaveText(`Календарь: ${roomName}`);
      const calendarUrl = boss.url().split("?")[0];
      await boss.goto(`${calendarUrl}?week=${date}`);
      const entry = boss.getByTestId("manage-booking").filter({ hasText: "Вера Залова" });
      await expect(entry).toContainText(startTime);
      await expect(boss.getByTestId("calendar-entry").filter({ hasText: "Бронь: Вера Залова" })).toBeVisible();
      await expectNoSeriousA11yViolations(boss);

      // block the late evening (the center is closed then: nothing else is there)
      await boss.getByLabel("Дата").fill(date);
      await boss.getByLabel("С", { exact: true }).selectOption("22:00");
      await boss.getByLabel("До", { exact: true }).selectOption("23:00");
      await boss.getByLabel("Причина (необязательно)").fill("Уборка");
      await boss.getByRole("button", { name: "Заблокировать", exact: true }).click();
      await expect(boss.getByTestId("manage-notice")).toHaveText("Время заблокировано.");
      await expect(boss.getByTestId("manage-block").filter({ hasText: "Уборка" })).toBeVisible();
      await expect(boss.getByTestId("calendar-entry").filter({ hasText: "Заблокировано: Уборка" })).toBeVisible();
      // the same time again: refused, the block stays single
      await boss.getByLabel("Дата").fill(date);
      await boss.getByLabel("С", { exact: true }).selectOption("22:30");
      await boss.getByLabel("До", { exact: true }).selectOption("23:30");
      await boss.getByRole("button", { name: "Заблокировать", exact: true }).click();
      await expect(boss.getByTestId("manage-error")).toContainText("это время уже занято");
      await expect(boss.getByTestId("manage-block")).toHaveCount(1);
      await expectNoSeriousA11yViolations(boss);
      await boss.getByTestId("manage-block").getByRole("button", { name: /Снять блокировку/ }).click();
      await expect(boss.getByTestId("manage-notice")).toHaveText("Блокировка снята.");
      await expect(boss.getByTestId("manage-block")).toHaveCount(0);

      // a lock secret, shown once
      await boss.getByRole("button", { name: /секрет/ }).click();
      await expect(boss.getByTestId("lock-secret-value")).toHaveText(/^[A-Za-z0-9_-]{24,}$/);
      await expectNoSeriousA11yViolations(boss);
    } finally {
      await context.close();
    }
  });

  test("the rooms page in English, and booking asks a guest to sign in first", async ({ page }) => {
    await page.goto(`/en/centers/${CENTER}/rooms`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Rooms:");
    await expect(page.getByTestId("room-row").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    for (let ahead = 3; ahead < 12; ahead++) {
      await page.getByLabel("Date").fill(moscowDate(ahead));
      await page.getByRole("button", { name: "Show" }).click();
      if ((await page.getByTestId("room-book-form").count()) > 0) break;
    }
    await page.getByTestId("room-book-form").getByRole("button", { name: "Book" }).click();
    await expect(page).toHaveURL(/\/en\/account\/login\?next=%2Fcenters%2Fkhamovniki%2Frooms/);
  });
});
