// The center's impact dashboard (issue 6): a resident books two classes with different answers to
// the questionnaire (student → own business); the demo manager, JavaScript off, finds the
// dashboard from the center's page and sees the transition, the monthly chart (inline SVG with a
// text alternative) beside its table, downloads a CSV, and is told in Russian when the period is
// wrong. Other specs book at the same center at the same time, so figures are compared before and
// after, never as absolute numbers. axe-core on each page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { api, bookSeat, centerOfBoth, login, moscow } from "../support/backend";
import { MANAGER, MASTER, runId, signIn } from "../support/session";

const studentToBusiness = (report: any) =>
  report.transitions.find((t: any) => t.from === "student" && t.to === "business_owner")?.people ?? 0;

test("the manager sees a resident's changed answer on the impact dashboard, without JavaScript", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const run = runId();
  const [master, manager] = await Promise.all([login("seller", MASTER), login("manager", MANAGER)]);
  const { center } = await centerOfBoth(master, manager);
  expect(center, "a center both the demo artisan and the demo manager belong to").toBeTruthy();
  const before = (await api(`/manage/centers/${center.id}/impact`, { token: manager })).impact;

  // two free sessions, 08:00 Moscow 91–119 days out (clear of the demo schedule and other specs)
  const { rooms } = await api(`/store/centers/${center.handle}/rooms`);
  const { class: klass } = await api("/sellers/me/classes", { token: master, body: { title: `Мозаика ${run}`, status: "published", center_ids: [center.id] } });
  const day = 91 + (parseInt(run.slice(-2), 36) % 29);
  const add = async (starts_at: string) =>
    (await api(`/sellers/me/classes/${klass.id}/sessions`, { token: master, body: { room_id: rooms[0].id, starts_at, duration_min: 60, capacity: 4, price: 0 } })).sessions[0];
  const first = await add(moscow(day, "08:00"));
  const second = await add(moscow(day + 1, "08:00"));
  const email = `impact-${run}@example.ru`;
  await bookSeat(center.sales_channel_id, first.variant_id, email, { economic_status: "student", ready_to_teach: false });
  await bookSeat(center.sales_channel_id, second.variant_id, email, { economic_status: "business_owner", ready_to_teach: true });
  let after = before;
  for (let i = 0; i < 40 && after.totals.registrations < before.totals.registrations + 2; i++) {
    await new Promise((r) => setTimeout(r, 250));
    after = (await api(`/manage/centers/${center.id}/impact`, { token: manager })).impact;
  }
  expect(after.totals.registrations).toBeGreaterThanOrEqual(before.totals.registrations + 2);
  const expected = studentToBusiness(before) + 1;
  expect(studentToBusiness(after)).toBe(expected);

  // ---- the manager, JavaScript off ----
  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow", javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "/manage/login", MANAGER);
  await expect(page).toHaveURL(/\/manage$/);
  await page.goto(`/manage/centers/${center.id}`);
  await page.getByTestId("center-impact-link").click();
  await expect(page).toHaveURL(new RegExp(`/manage/centers/${center.id}/impact$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Влияние программы");
  const row = page.getByTestId("impact-transitions").locator("tbody tr", { hasText: "Учится" }).filter({ hasText: "Своё дело" });
  await expect(row.locator("td").nth(2)).toHaveText(String(expected));
  // the chart is an image with a name and a description listing every month's value; the table beside it has the same numbers
  const chart = page.getByTestId("chart-chart-registrations").locator("svg");
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart.locator("title")).toHaveText("Записи по месяцам");
  // other specs book at this center meanwhile: the page's month holds at least what the API counted,
  // and its chart says the same number as its table
  const shown = Number(await page.getByTestId("impact-monthly").locator("tbody tr").last().locator("td").nth(1).innerText());
  expect(shown).toBeGreaterThanOrEqual(after.monthly.at(-1).registrations);
  await expect(chart.locator("desc")).toContainText(`: ${shown}.`);
  await expect(page.getByTestId("impact-ready")).toContainText(email);
  await expectNoSeriousA11yViolations(page);

  // the CSV download (through the storefront, with the manager's session)
  const csvUrl = await page.getByTestId("csv-transitions").getAttribute("href");
  const csv = await page.request.get(csvUrl!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8")).toContain(`Учится,Своё дело,${expected}\r\n`);

  // a wrong period: 400, said at the field, the typed value kept
  const bad = await page.goto(`/manage/centers/${center.id}/impact?from=2026-02-30&to=2026-03-31`);
  expect(bad?.status()).toBe(400);
  await expect(page.getByTestId("error-from")).toContainText("ГГГГ-ММ-ДД");
  await expect(page.getByLabel("С", { exact: true })).toHaveValue("2026-02-30");
  await expect(page.getByTestId("impact-transitions")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // the English twin
  await page.goto(`/en/manage/centers/${center.id}/impact`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Program impact");
  await expect(page.getByTestId("impact-transitions").locator("tbody tr", { hasText: "Student" }).filter({ hasText: "Own business" })).toHaveCount(1);
  await context.close();
});
