// Scholarships (issue 6), with JavaScript off: the demo manager sets the center's scholarship budget
// and issues a code for a full class seat (a wrong form first: the refusal names the field); a
// resident books that seat, tries a wrong code, applies the right one, sees the seat cost 0 and
// places the order (a ticket is issued); a second use of the code is refused. The class is the
// spec's own (created through the API, far in the future). axe-core on every new page state.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { api, centerOfBoth, login } from "../support/backend";
import { MANAGER, MASTER, runId, signIn } from "../support/session";

function moscow(days: number, hhmm: string): string {
  const local = new Date(Date.now() + 3 * 3600_000);
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, h, m) - 3 * 3600_000).toISOString();
}

async function noScriptPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow", javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("a manager issues a scholarship; the resident's class seat then costs 0, once", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const run = runId();
  const title = `Стипендия ${run}`;
  const email = `anna-${run}@example.ru`;

  // ---- the demo artisan's 1500 ₽ class at a center the demo manager runs -----------------------------
  const [master, manager] = await Promise.all([login("seller", MASTER), login("manager", MANAGER)]);
  const { center } = await centerOfBoth(master, manager);
  expect(center, "a center both the demo artisan and the demo manager belong to").toBeTruthy();
  const { rooms } = await api(`/store/centers/${center.handle}/rooms`);
  const { class: klass } = await api("/sellers/me/classes", { token: master, body: { title, status: "published", center_ids: [center.id] } });
  // 08:00 Moscow time 91–119 days out: clear of the demo schedule and of the other class specs
  const day = 91 + (parseInt(run.slice(-2), 36) % 29);
  await api(`/sellers/me/classes/${klass.id}/sessions`, {
    token: master,
    body: { room_id: rooms[0].id, starts_at: moscow(day, "08:00"), duration_min: 60, capacity: 4, price: 1500 },
  });

  // ---- the manager: budget, a refused form, then a code ----------------------------------------------
  const desk = await noScriptPage(browser, baseURL!);
  const m = desk.page;
  await signIn(m, "/manage/login", MANAGER);
  await m.goto(`/manage/centers/${center.id}`);
  await m.getByTestId("center-scholarships-link").click();
  await expect(m).toHaveURL(new RegExp(`/manage/centers/${center.id}/scholarships$`));
  await expect(m.getByRole("heading", { level: 1 })).toHaveText("Стипендии на мастер-классы");
  await expectNoSeriousA11yViolations(m);

  const { budget } = await api(`/manage/centers/${center.id}/scholarships/budget`, { token: manager });
  await m.getByLabel("Сумма бюджета, ₽").fill(String(budget.reserved + budget.spent + 1500));
  await m.getByTestId("budget-save").click();
  await expect(m.getByTestId("scholarships-notice")).toContainText("Бюджет сохранён");
  await expect(m.getByTestId("budget-available")).toContainText("1 500");

  // no resident named: refused, at the field, in Russian
  await m.getByLabel("Цена места не больше, ₽").fill("1500");
  await m.getByTestId("issue-submit").click();
  await expect(m.getByTestId("error-summary")).toContainText("укажите почту или телефон");
  await expect(m.getByTestId("error-recipient_email")).toContainText("укажите почту или телефон");
  await expect(m.getByLabel("Цена места не больше, ₽")).toHaveValue("1500");
  await expectNoSeriousA11yViolations(m);

  await m.getByLabel("Почта жителя").fill(email);
  await m.getByTestId("issue-submit").click();
  const notice = m.getByTestId("scholarships-notice");
  await expect(notice).toContainText("Код выдан: SOS-");
  const code = /SOS-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec((await notice.textContent()) ?? "")![0];
  const row = m.locator(`[data-testid=scholarship][data-code="${code}"]`);
  await expect(row.getByTestId("scholarship-status")).toHaveText("действует");
  await expect(m.getByTestId("budget-available")).toContainText("0");
  await expectNoSeriousA11yViolations(m);

  // the English twin
  await m.goto(`/en/manage/centers/${center.id}/scholarships`);
  await expect(m.getByRole("heading", { level: 1 })).toHaveText("Master-class scholarships");
  await expect(m.locator(`[data-testid=scholarship][data-code="${code}"] [data-testid=scholarship-status]`)).toHaveText("valid");
  await expectNoSeriousA11yViolations(m);

  // ---- the resident: a seat, a wrong code, the right one, an order at 0 ₽ ----------------------------
  const home = await noScriptPage(browser, baseURL!);
  const r = home.page;
  await r.goto(`/classes/${klass.handle}`);
  await r.getByLabel("Участник 1").fill("Анна Петрова");
  await r.getByTestId("book-submit").click();
  await expect(r).toHaveURL(/\/cart/);

  await r.getByLabel("Код", { exact: true }).fill("SOS-AAAA-BBBB");
  await r.getByTestId("cart-code-apply").click();
  await expect(r.getByTestId("cart-code-error")).toHaveText("Код не подходит. Проверьте, как он написан.");
  await expectNoSeriousA11yViolations(r);

  await r.getByLabel("Код", { exact: true }).fill(code.toLowerCase());
  await r.getByTestId("cart-code-apply").click();
  await expect(r.getByTestId("cart-code-notice")).toContainText(`Код ${code} применён`);
  await expect(r.getByTestId("cart-discount")).toContainText("1 500");
  await expect(r.getByTestId("cart-total")).toContainText(/\b0\s*₽/);
  await expect(r.getByTestId("cart-code-active")).toContainText(code);
  await expectNoSeriousA11yViolations(r);

  await r.goto("/checkout");
  await expect(r.getByTestId("summary-discount")).toContainText("1 500");
  await r.getByLabel("Имя", { exact: true }).fill("Анна");
  await r.getByLabel("Телефон").fill("8 (916) 123-45-67");
  await r.getByLabel("Электронная почта").fill(email);
  await r.getByRole("button", { name: "Подтвердить заказ" }).click();
  await expect(r).toHaveURL(/\/orders\/order_/);
  for (let i = 0; i < 20 && (await r.getByTestId("ticket").count()) < 1; i++) {
    await r.waitForTimeout(300);
    await r.reload();
  }
  await expect(r.getByTestId("ticket")).toHaveCount(1);

  // ---- the same code again: refused ------------------------------------------------------------------
  await home.context.clearCookies();
  await r.goto(`/classes/${klass.handle}`);
  await r.getByLabel("Участник 1").fill("Миша Петров");
  await r.getByTestId("book-submit").click();
  await expect(r).toHaveURL(/\/cart/);
  await r.getByLabel("Код", { exact: true }).fill(code);
  await r.getByTestId("cart-code-apply").click();
  await expect(r.getByTestId("cart-code-error")).toHaveText("Этот код уже использован.");

  // the manager sees it used
  await m.goto(`/manage/centers/${center.id}/scholarships`);
  await expect(row.getByTestId("scholarship-status")).toHaveText("использован");

  await desk.context.close();
  await home.context.close();
});
