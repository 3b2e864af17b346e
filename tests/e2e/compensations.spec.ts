// Materials compensations (issue 6), JavaScript off: the demo manager records what their center pays
// the demo artisan for a class's materials (a wrong amount first: the field says why), the artisan
// sees it with its note in «Доходы», the manager cancels it and it leaves the earnings. The class
// and session are the spec's own; the note carries the run id. axe-core on every page, ru and en.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { api, centerOfBoth, login } from "../support/backend";
import { MANAGER, MASTER, runId, signIn } from "../support/session";

async function noScriptPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow", javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("a manager records a materials compensation; the artisan sees it in their earnings until it is cancelled", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const run = runId();
  const title = `Эмаль ${run}`;
  const note = `Медь и эмаль, партия ${run}`;

  const [master, manager] = await Promise.all([login("seller", MASTER), login("manager", MANAGER)]);
  const { center } = await centerOfBoth(master, manager);
  expect(center, "a center both the demo artisan and the demo manager belong to").toBeTruthy();
  const { rooms } = await api(`/store/centers/${center.handle}/rooms`);
  const { class: klass } = await api("/sellers/me/classes", { token: master, body: { title, status: "published", center_ids: [center.id] } });
  // 05:00 Moscow time, 91–119 days out: clear of the demo schedule and the other class specs
  const day = 91 + (parseInt(run.slice(-2), 36) % 29);
  const local = new Date(Date.now() + 3 * 3600_000);
  const startsAt = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + day, 2, 0)).toISOString();
  const { sessions: [session] } = await api(`/sellers/me/classes/${klass.id}/sessions`, {
    token: master,
    body: { room_id: rooms[0].id, starts_at: startsAt, duration_min: 60, capacity: 4, price: 0 },
  });

  // ---- the manager, from the center's page ----
  const boss = await noScriptPage(browser, baseURL!);
  let page = boss.page;
  await signIn(page, "/manage/login", MANAGER);
  await expect(page).toHaveURL(/\/manage$/);
  await page.goto(`/manage/centers/${center.id}`);
  await page.getByTestId("center-compensations-link").click();
  await expect(page).toHaveURL(new RegExp(`/manage/centers/${center.id}/compensations$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Компенсации за материалы");
  await expectNoSeriousA11yViolations(page);

  const choice = `${klass.id}|${session.id}`;
  await page.getByLabel("Мастер-класс и занятие").selectOption(choice);
  await page.getByLabel("Сумма, ₽").fill("12,345");
  await page.getByLabel("Комментарий для мастера").fill(note);
  await page.getByTestId("compensation-submit").click();
  await expect(page.getByTestId("error-amount")).toContainText("не точнее копеек");
  await expect(page.getByLabel("Мастер-класс и занятие")).toHaveValue(choice);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Сумма, ₽").fill("1 250,50");
  await page.getByTestId("compensation-submit").click();
  await expect(page.getByTestId("compensations-notice")).toContainText("Компенсация записана");
  const row = page.getByTestId("compensation").filter({ hasText: note });
  await expect(row).toHaveAttribute("data-status", "active");
  await expect(row).toContainText(title);
  await expect(row.getByTestId("compensation-amount")).toContainText("1 250,5");
  await expectNoSeriousA11yViolations(page);

  // the English twin of the page
  await page.goto(`/en/manage/centers/${center.id}/compensations`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Materials compensations");
  await expectNoSeriousA11yViolations(page);

  // ---- the artisan's earnings ----
  const artisan = await noScriptPage(browser, baseURL!);
  await signIn(artisan.page, "/sell/login", MASTER);
  await expect(artisan.page).toHaveURL(/\/sell$/);
  await artisan.page.goto("/sell/earnings");
  const item = artisan.page.getByTestId("earnings-compensation-item").filter({ hasText: note });
  await expect(item).toContainText(title);
  await expect(item).toContainText("1 250,5");
  await expect(artisan.page.getByTestId("earnings-compensation")).toContainText("₽");
  await expectNoSeriousA11yViolations(artisan.page);

  // ---- cancelled by mistake: marked in the manager's list, gone from the earnings ----
  page = boss.page;
  await page.goto(`/manage/centers/${center.id}/compensations`);
  await page.getByTestId("compensation").filter({ hasText: note }).getByTestId("compensation-cancel").click();
  await expect(page.getByTestId("compensations-notice")).toContainText("Компенсация отменена");
  await expect(page.getByTestId("compensation").filter({ hasText: note })).toHaveAttribute("data-status", "cancelled");
  await artisan.page.reload();
  await expect(artisan.page.getByTestId("earnings-compensation-item").filter({ hasText: note })).toHaveCount(0);

  await boss.context.close();
  await artisan.context.close();
});
