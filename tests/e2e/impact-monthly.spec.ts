// The monthly indicators report (issue 6): the demo manager, JavaScript off, goes from the impact
// dashboard to the report (last full month by default), sees the small-count rule and the same
// figures as the API — small counts as «менее 3», never a 1 or a 2 —, picks a month with the plain
// GET form, downloads the CSV, prints without the navigation, and is told in Russian about a bad
// month. Other specs book at this center meanwhile, so exact figures are compared for a past month
// only. axe-core on each page.
import { expect, test, type Locator } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { api, centerOfBoth, login } from "../support/backend";
import { MANAGER, MASTER, signIn } from "../support/session";

/** What a cell of the report should read for a figure of the API (ru). */
function expected(kind: string, f: { value: number | null; suppressed: boolean }, isChange = false): RegExp {
  if (f.suppressed) return kind === "count" && !isChange ? /^менее 3$/ : /^скрыто$/;
  if (f.value === null) return /^—$/;
  if (kind === "count") return new RegExp(`^${isChange && f.value > 0 ? "\\+" : ""}${f.value < 0 ? "[−-]" : ""}${Math.abs(f.value)}$`);
  return /\d/;
}

async function expectTableMatches(table: Locator, report: any) {
  for (const i of report.indicators) {
    const cells = table.locator(`tr[data-indicator="${i.key}"] td`);
    await expect(cells).toHaveCount(3);
    await expect(cells.nth(0)).toHaveText(expected(i.kind, i.current));
    await expect(cells.nth(1)).toHaveText(expected(i.kind, i.previous));
    await expect(cells.nth(2)).toHaveText(expected(i.kind, i.change, true));
  }
}

test("the manager reads, picks, downloads and prints the monthly indicators report, without JavaScript", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const [master, manager] = await Promise.all([login("seller", MASTER), login("manager", MANAGER)]);
  const { center } = await centerOfBoth(master, manager);
  expect(center, "a center the demo manager runs").toBeTruthy();
  const last = (await api(`/manage/centers/${center.id}/impact/monthly`, { token: manager })).monthly_report;

  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow", javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "/manage/login", MANAGER);
  await page.goto(`/manage/centers/${center.id}/impact`);
  await page.getByTestId("impact-monthly-link").click();
  await expect(page).toHaveURL(new RegExp(`/manage/centers/${center.id}/impact/monthly$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Показатели за месяц");
  await expect(page.getByLabel("Месяц", { exact: true })).toHaveValue(last.month);
  await expect(page.getByTestId("monthly-rule")).toContainText("менее 3");
  await expect(page.getByTestId("monthly-rule")).toContainText("Имён и контактов в отчёте нет");
  // a past month does not move while other specs book: the page says exactly what the API says
  const table = page.getByTestId("monthly-indicators");
  await expect(table.locator("tr[data-indicator]")).toHaveCount(12);
  await expectTableMatches(table, last);
  await expectNoSeriousA11yViolations(page);

  // the month picker is a plain GET form: this month, which other specs are filling right now
  const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit" }).format(new Date());
  await page.getByLabel("Месяц", { exact: true }).fill(thisMonth);
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(new RegExp(`/impact/monthly\\?month=${thisMonth}$`));
  await expect(page.getByTestId("monthly-month")).not.toHaveText("");
  // whatever the figures are by now, no count of people reads 1 or 2
  for (const cell of await table.locator("tr[data-indicator] td").allInnerTexts()) expect(cell.trim()).not.toMatch(/^[12]$/);

  await expect(page.getByTestId("monthly-next")).toHaveCount(0); // no link into a month not yet begun
  // the CSV (through the storefront, with the manager's session)
  const csvUrl = await page.getByTestId("monthly-csv").getAttribute("href");
  expect(csvUrl).toContain(`month=${thisMonth}`);
  const csv = await page.request.get(csvUrl!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toContain(`impact-monthly-${thisMonth}.csv`);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^Показатель,Месяц \d{4}-\d{2},Предыдущий месяц \d{4}-\d{2},Изменение$/);
  expect(lines).toHaveLength(14); // header, 12 indicators, the final CRLF
  for (const line of lines.slice(1, -1)) expect(line.split(",").slice(1, 3)).not.toContain("1");

  // printed: no site navigation, no form, no links; the table and the rule stay
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByTestId("monthly-picker")).toBeHidden();
  await expect(page.getByTestId("monthly-csv")).toBeHidden();
  await expect(table).toBeVisible();
  await expect(page.getByTestId("monthly-rule")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // the previous-month link leads back to the default month, which links forward again
  await page.getByTestId("monthly-prev").click();
  await expect(page).toHaveURL(new RegExp(`\\?month=${last.month}$`));
  await expect(page.getByTestId("monthly-next")).toHaveAttribute("href", new RegExp(`month=${thisMonth}$`));

  // a wrong month: 400, said at the field, the typed value kept
  const bad = await page.goto(`/manage/centers/${center.id}/impact/monthly?month=2026-13`);
  expect(bad?.status()).toBe(400);
  await expect(page.getByTestId("error-month")).toContainText("ГГГГ-ММ");
  await expect(page.getByLabel("Месяц", { exact: true })).toHaveValue("2026-13");
  await expect(table).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // the English twin
  await page.goto(`/en/manage/centers/${center.id}/impact/monthly?month=${last.month}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Monthly indicators");
  await expect(page.getByTestId("monthly-rule")).toContainText("fewer than 3");
  await expect(table.locator("tr[data-indicator]")).toHaveCount(12);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
