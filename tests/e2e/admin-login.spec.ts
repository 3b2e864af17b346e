// The demo operator signs in to Medusa admin at /app over plain http, as a newcomer would after `npm start`.
import { test, expect } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { api, bookSeat, centerOfBoth, login, moscow } from "../support/backend";
import { MANAGER, MASTER, runId } from "../support/session";

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

test("the operator's «Влияние» page shows the same figures as GET /admin/impact, per center too", async ({ page }) => {
  test.skip(!adminUrl, "admin is off for this run (SOSEDI_E2E_ADMIN=off)");
  test.setTimeout(120_000);
  // one registration with an answer of its own, so the figures are not all zero
  const run = runId();
  const [master, manager] = await Promise.all([login("seller", MASTER), login("manager", MANAGER)]);
  const { center } = await centerOfBoth(master, manager);
  const { rooms } = await api(`/store/centers/${center.handle}/rooms`);
  const { class: klass } = await api("/sellers/me/classes", { token: master, body: { title: `Оператор ${run}`, status: "published", center_ids: [center.id] } });
  const day = 91 + ((parseInt(run.slice(-2), 36) + 13) % 29);
  const [session] = (
    await api(`/sellers/me/classes/${klass.id}/sessions`, { token: master, body: { room_id: rooms[0].id, starts_at: moscow(day, "07:00"), duration_min: 60, capacity: 2, price: 0 } })
  ).sessions;
  await bookSeat(center.sales_channel_id, session.variant_id, `operator-${run}@example.ru`, { economic_status: "self_employed", ready_to_teach: false });

  await page.goto(adminUrl!);
  await page.getByRole("textbox", { name: /email/i }).fill("admin@sosedi.local");
  await page.getByPlaceholder(/password/i).fill("sosedi-demo");
  await page.getByRole("button", { name: /continue with email/i }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });

  // reached from the sidebar, like the other extensions
  await page.getByRole("link", { name: "Влияние" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Влияние программы" })).toBeVisible({ timeout: 20_000 });
  const backend = new URL(adminUrl!).origin;
  const impact = async (qs = "") => {
    const res = await page.request.get(`${backend}/admin/impact${qs}`);
    expect(res.status()).toBe(200);
    return (await res.json()).impact;
  };
  const registrations = page.getByRole("definition").nth(1);
  // other specs book meanwhile: the page and the API are compared on the same moment, retried
  const samePage = async (path: string, qs: string) =>
    expect(async () => {
      const report = await impact(qs);
      expect(report.totals.registrations).toBeGreaterThan(0);
      await page.goto(`${adminUrl}${path}`);
      await expect(registrations).toHaveText(String(report.totals.registrations), { timeout: 5_000 });
      await expect(page.getByRole("region", { name: "По месяцам" }).getByRole("row")).toHaveCount(report.monthly.length + 1);
    }).toPass({ timeout: 30_000 });
  await samePage("/impact", "");
  // one center through the URL (shareable)
  await samePage(`/impact?center_id=${center.id}`, `?center_id=${center.id}`);
  await expect(page.getByRole("region", { name: "Положение: при первой и при последней записи" })).toContainText("Самозанятый(ая)");
  // the page's own links, as a click would follow them (the session cookie goes along)
  const hrefOf = async (name: RegExp) => new URL((await page.getByRole("link", { name }).first().getAttribute("href")) ?? "", page.url()).toString();
  const csv = await page.request.get(await hrefOf(/Скачать CSV: По месяцам/));
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Месяц");
  const monthly = await page.request.get(await hrefOf(/Ежемесячный отчёт/));
  expect(monthly.status()).toBe(200);
  expect(await monthly.text()).toContain("Показатель");
  // our page only: the admin shell around it is Medusa's
  await expectNoSeriousA11yViolations(page, { include: ['[data-testid="impact-page"]'] });

  // a wrong period: the backend's Russian message, not a blank page
  await page.goto(`${adminUrl}/impact?from=2026-05-01&to=2026-04-01`);
  await expect(page.getByRole("alert")).toContainText("конец периода раньше его начала");
});

test("the operator sets a center's scholarship budget; a wrong amount is named on its field", async ({ page }) => {
  test.skip(!adminUrl, "admin is off for this run (SOSEDI_E2E_ADMIN=off)");
  // a center the demo manager does not run, so the scholarship spec's budget is not touched
  const manager = await login("manager", MANAGER);
  const { manager: me } = await api("/manage/me", { token: manager });
  const { centers } = await api("/store/centers?limit=50");
  const center = centers.find((c: any) => !me.centers.some((m: any) => m.id === c.id));
  expect(center, "a demo center outside the demo manager's").toBeTruthy();

  await page.goto(adminUrl!);
  await page.getByRole("textbox", { name: /email/i }).fill("admin@sosedi.local");
  await page.getByPlaceholder(/password/i).fill("sosedi-demo");
  await page.getByRole("button", { name: /continue with email/i }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  await page.goto(`${adminUrl}/centers/${center.id}`);
  const field = page.getByLabel("Бюджет, ₽");
  await expect(field).toBeVisible({ timeout: 20_000 });

  await field.fill("много");
  await page.getByRole("button", { name: "Сохранить бюджет" }).click();
  await expect(page.locator("#scholarship-total-error")).toBeVisible();

  const backend = new URL(adminUrl!).origin;
  const before = (await (await page.request.get(`${backend}/admin/centers/${center.id}/scholarship-budget`)).json()).budget;
  const wanted = before.total + 1500;
  await field.fill(String(wanted));
  await page.getByRole("button", { name: "Сохранить бюджет" }).click();
  const shownTotal = page.getByTestId("scholarship-budget").getByRole("definition").first();
  await expect.poll(async () => (await shownTotal.textContent())?.replace(/\D/g, "")).toBe(String(wanted));
  const after = (await (await page.request.get(`${backend}/admin/centers/${center.id}/scholarship-budget`)).json()).budget;
  expect(after.total).toBe(wanted);
  expect(after.available).toBe(before.available + 1500);
  await expectNoSeriousA11yViolations(page, { include: ['[data-testid="scholarship-budget"]'] });
});
