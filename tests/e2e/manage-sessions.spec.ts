// The demo center manager runs the master-class sessions held at their center (issue 4), with
// JavaScript off: the list (class, artisan, room, Moscow time, seats sold), the door (a ticket
// checked in, a second scan refused with the time of the first) and cancelling a session after the
// confirmation step. The sessions are the spec's own (created through the API, far in the future),
// so the demo schedule other specs use stays as it was. axe-core on every page.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { api, centerOfBoth, login } from "../support/backend";
import { MANAGER, MASTER, runId, signIn } from "../support/session";

/** A guest books one named seat of `variantId` at the center's shop; returns the order id. */
async function bookSeat(salesChannelId: string, variantId: string, attendee: string, email: string): Promise<string> {
  const { regions } = await api("/store/regions");
  const region = regions.find((r: any) => r.currency_code === "rub") ?? regions[0];
  const { cart } = await api("/store/carts", { body: { region_id: region.id, sales_channel_id: salesChannelId, email } });
  await api(`/store/carts/${cart.id}/line-items`, { body: { variant_id: variantId, quantity: 1, metadata: { attendees: [attendee] } } });
  await api(`/store/carts/${cart.id}`, {
    body: {
      shipping_address: { first_name: attendee, address_1: "ул. Тестовая, 1", city: "Москва", country_code: "ru", postal_code: "101000", phone: "+79990000000" },
    },
  });
  const { shipping_options } = await api(`/store/shipping-options?cart_id=${cart.id}`);
  await api(`/store/carts/${cart.id}/shipping-methods`, { body: { option_id: shipping_options[0].id } });
  const { payment_collection } = await api("/store/payment-collections", { body: { cart_id: cart.id } });
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" } });
  const done = await api(`/store/carts/${cart.id}/complete`, { body: {} });
  expect(done.type, JSON.stringify(done.error ?? {})).toBe("order");
  return done.order.id;
}

/** Moscow wall-clock `hh:mm`, `days` from today, as UTC ISO. */
function moscow(days: number, hhmm: string): string {
  const local = new Date(Date.now() + 3 * 3600_000);
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, h, m) - 3 * 3600_000).toISOString();
}

async function noScriptPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: "ru-RU", timezoneId: "Europe/Moscow", javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("the manager sees the center's sessions, checks a ticket in once and cancels a session, without JavaScript", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const run = runId();
  const title = `Витражи ${run}`;

  // ---- the demo artisan's class with two sessions in a room of a center the demo manager runs ----
  const [master, manager] = await Promise.all([login("seller", MASTER), login("manager", MANAGER)]);
  const { center, seller, manager: me, centers } = await centerOfBoth(master, manager);
  expect(center, "a center both the demo artisan and the demo manager belong to").toBeTruthy();
  const { rooms } = await api(`/store/centers/${center.handle}/rooms`);
  const room = rooms[0];
  const { class: klass } = await api("/sellers/me/classes", { token: master, body: { title, status: "published", center_ids: [center.id] } });
  // 06:00 Moscow time 61–89 days out: clear of the demo schedule and of the other class specs
  const day = 61 + (parseInt(run.slice(-2), 36) % 29);
  const add = async (starts_at: string) =>
    (await api(`/sellers/me/classes/${klass.id}/sessions`, { token: master, body: { room_id: room.id, starts_at, duration_min: 60, capacity: 4, price: 0 } })).sessions[0];
  const door = await add(moscow(day, "06:00"));
  const doomed = await add(moscow(day + 1, "06:00"));
  await bookSeat(center.sales_channel_id, door.variant_id, "Анна Петрова", `anna-${run}@example.ru`);
  await bookSeat(center.sales_channel_id, doomed.variant_id, "Миша Петров", `misha-${run}@example.ru`);
  const ticketsOf = async (sessionId: string) => {
    for (let i = 0; i < 40; i++) {
      const { tickets } = await api(`/sellers/me/classes/${klass.id}/sessions/${sessionId}/tickets`, { token: master });
      if (tickets.length) return tickets;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`no tickets for ${sessionId}`);
  };
  const [ticket] = await ticketsOf(door.id);
  await ticketsOf(doomed.id);

  // ---- the manager, JavaScript off ----------------------------------------------------------------
  const { context, page } = await noScriptPage(browser, baseURL!);
  await signIn(page, "/manage/login", MANAGER);
  await expect(page).toHaveURL(/\/manage$/);
  await page.goto(`/manage/centers/${center.id}`);
  await page.getByTestId("center-sessions-link").click();
  await expect(page).toHaveURL(new RegExp(`/manage/centers/${center.id}/sessions$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мастер-классы в центре");
  const row = page.locator(`[data-testid=managed-session][data-session-id="${door.id}"]`);
  await expect(row).toContainText(title);
  await expect(row).toContainText(seller.name);
  await expect(row).toContainText(room.name);
  await expect(row).toContainText("06:00");
  await expect(row.getByTestId("session-seats")).toHaveText("1 из 4");
  await expect(row).toHaveAttribute("data-status", "scheduled");
  await expectNoSeriousA11yViolations(page);

  // the door: checked in once; the second scan says when the first was
  await row.getByTestId("session-check-in").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Вход: ${title}`);
  await expect(page.getByTestId("attendee")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Код билета").fill(ticket.code.toLowerCase());
  await page.getByTestId("check-in-submit").click();
  await expect(page.getByTestId("check-in-ok")).toContainText("Анна Петрова");
  await expect(page.locator(`[data-testid=attendee][data-code="${ticket.code}"]`)).toHaveAttribute("data-status", "attended");
  await page.getByLabel("Код билета").fill(ticket.code);
  await page.getByTestId("check-in-submit").click();
  await expect(page.getByTestId("check-in-error")).toContainText(/билет уже отмечен \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} по Москве/);
  await expect(page.getByLabel("Код билета")).toHaveValue(ticket.code);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Код билета").fill("NOPE1234");
  await page.getByTestId("check-in-submit").click();
  await expect(page.getByTestId("check-in-error")).toContainText("нет");
  await expect(page.getByTestId("no-show")).toHaveCount(0); // only after the end

  // cancelling: a plain link to a confirmation, then a form
  await page.getByRole("link", { name: "← Занятия центра" }).click();
  const doomedRow = page.locator(`[data-testid=managed-session][data-session-id="${doomed.id}"]`);
  await doomedRow.getByTestId("session-cancel").click();
  await expect(page.getByTestId("confirm-cancel")).toContainText(`Отменить занятие «${title}»`);
  await expect(page.getByTestId("confirm-cancel")).toContainText("Билеты (1)");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Причина (её увидят участники)").fill("Мастер заболел");
  await page.getByTestId("confirm-cancel-submit").click();
  await expect(page.getByTestId("sessions-notice")).toContainText("Занятие отменено");
  await expect(doomedRow).toHaveAttribute("data-status", "cancelled");
  await expect(doomedRow).toContainText("Мастер заболел");
  await expect(doomedRow.getByTestId("session-cancel")).toHaveCount(0);
  const [cancelled] = await ticketsOf(doomed.id);
  expect(cancelled.status).toBe("cancelled");
  // the other session is untouched
  await expect(row).toHaveAttribute("data-status", "scheduled");

  await page.getByTestId("sessions-past").click();
  await expect(page).toHaveURL(/when=past/);
  await expect(page.locator(`[data-testid=managed-session][data-session-id="${door.id}"]`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // the English twin
  await page.goto(`/en/manage/centers/${center.id}/sessions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Master classes at the center");
  await expect(page.locator(`[data-testid=managed-session][data-session-id="${door.id}"]`).getByTestId("session-seats")).toHaveText("1 of 4");
  await context.close();
});

test("another center's session is not reachable through the manager's pages", async ({ browser, baseURL }) => {
  const manager = await login("manager", MANAGER);
  const { manager: me } = await api("/manage/me", { token: manager });
  const { centers } = await api("/store/centers?limit=50");
  const foreign = centers.find((c: any) => !me.centers.some((m: any) => m.id === c.id));
  const { context, page } = await noScriptPage(browser, baseURL!);
  await signIn(page, "/manage/login", MANAGER);
  await expect(page).toHaveURL(/\/manage$/);
  expect((await page.goto(`/manage/centers/${foreign.id}/sessions`))!.status()).toBe(404);
  expect((await page.goto(`/manage/centers/${me.centers[0].id}/sessions/cls_01NOTASESSION000000000000/check-in`))!.status()).toBe(404);
  await context.close();
});
