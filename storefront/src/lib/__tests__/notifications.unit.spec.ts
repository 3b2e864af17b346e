import { describe, expect, it } from "vitest";
import { describeNotification } from "../notifications";

describe("a resident's notifications", () => {
  it("read as the part's news with a link to the order; unknown kinds still show", () => {
    expect(
      describeNotification({ template: "seller-order-status", data: { status: "ready_for_pickup", seller_name: "Мария", display_id: 7, order_id: "order_1" } }),
    ).toEqual({ key: "notifications.part.ready_for_pickup", params: { seller: "Мария", number: "7" }, path: "/orders/order_1" });
    expect(describeNotification({ template: "seller-order-status", data: { status: "handed_over", order_id: "../x" } })).toMatchObject({
      key: "notifications.part.handed_over",
      path: null,
    });
    expect(describeNotification({ template: "something-new", data: null })).toEqual({ key: "notifications.generic", params: {}, path: null });
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { t } from "../i18n";
import { templateKey } from "../notifications";

describe("every kind of message (issue 6)", () => {
  const iso = "2026-12-05T12:30:00.000Z"; // 15:30 in Moscow
  it("reads in Russian with its link, the ticket's calendar file and a manager's note", () => {
    const placed = describeNotification({ template: "order-placed", data: { order_id: "order_9", display_id: 12, item_count: 3, total: 2700 } });
    expect(placed.path).toBe("/orders/order_9");
    expect(t("ru", placed.key, placed.params)).toMatch(/^Заказ № 12 оформлен: товаров — 3, на сумму 2\s700\s₽/);

    const ticket = describeNotification({ template: "ticket-confirmed", data: { title: "Глина", starts_at: iso, ticket_code: "AB12CD34", order_id: "order_9" } });
    expect(t("ru", ticket.key, ticket.params)).toMatch(/«Глина» подтверждено: .*15:30.*Билет AB12CD34/);
    expect(ticket.links).toEqual([{ key: "notifications.ics", path: "/tickets/AB12CD34.ics", file: true }]);
    expect(describeNotification({ template: "ticket-confirmed", data: { ticket_code: "../../x" } }).links).toEqual([]);

    const offer = describeNotification({ template: "class-waitlist-offer", data: { title: "Глина", offer_expires_at: iso, url: "http://localhost:4321/classes/clay?session=cls_1&offer=tok" } });
    expect(offer.path).toBe("/classes/clay?session=cls_1&offer=tok");
    expect(describeNotification({ template: "class-waitlist-offer", data: { url: "https://evil.example/x" } }).path).toBeNull();

    const cancelled = describeNotification({ template: "class-session-cancelled", data: { title: "Глина", starts_at: iso, reason: "Мастер заболел" } });
    expect(cancelled.detail).toBe("Мастер заболел");
    expect(t("ru", cancelled.key, cancelled.params)).toMatch(/^Мастер-класс «Глина» \(.*\) отменён/);

    const declined = describeNotification({ template: "exhibit-decision", data: { status: "declined", exhibit_title: "Ярмарка", decision_note: "Нет мест" } });
    expect(t("ru", declined.key, declined.params)).toBe("Ваша заявка на выставку «Ярмарка» отклонена.");
    expect(declined).toMatchObject({ path: "/sell/exhibits", detail: "Нет мест" });

    const approved = describeNotification({ template: "seller-membership-status", data: { status: "approved", center_name: "Соседи на Лесной" } });
    expect(t("ru", approved.key, approved.params)).toMatch(/^Центр «Соседи на Лесной» одобрил вашу заявку/);
    const no = describeNotification({ template: "seller-membership-status", data: { status: "declined", center_name: "Соседи" } });
    expect(t("en", no.key, no.params)).toBe("The center “Соседи” declined your application.");

    const comp = describeNotification({ template: "materials-compensation", data: { amount: 1250.5, center_name: "Соседи", class_title: "Глина", note: "глазурь" } });
    expect(t("ru", comp.key, comp.params)).toMatch(/компенсацию за материалы: 1\s250,50?\s₽ за мастер-класс «Глина»/);
    expect(comp).toMatchObject({ path: "/sell/earnings", detail: "глазурь" });
  });

  it("shows a new kind as soon as the dictionary has its sentence, filled from its data", () => {
    expect(templateKey("no-such-kind")).toBeNull();
    // a kind this file does not special-case, known only through the dictionary
    expect(describeNotification({ template: "class-reminder", data: {} }).key).toBe("notifications.t.class-reminder");
    const unknown = describeNotification({ template: "something-new", data: { title: "x" } });
    expect(unknown.key).toBe("notifications.generic");
  });

  it("has a Russian and an English sentence for every template the backend sends", () => {
    const workflows = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../backend/src/workflows");
    const templates = readdirSync(workflows)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) => [...readFileSync(path.join(workflows, f), "utf8").matchAll(/_TEMPLATE = "([a-z0-9-]+)"/g)].map((m) => m[1]));
    expect(templates).toEqual(expect.arrayContaining(["order-placed", "seller-membership-status", "materials-compensation", "ticket-confirmed"]));
    for (const template of templates) {
      for (const status of ["approved", "declined", "ready_for_pickup", "handed_over", undefined]) {
        const view = describeNotification({ template, data: { status } });
        if (view.key === "notifications.generic") continue;
        expect(t("ru", view.key, view.params), template).not.toBe(view.key);
        expect(t("en", view.key, view.params), template).not.toMatch(/[А-Яа-яЁё]{4,}/);
      }
      const some = ["approved", "declined", "ready_for_pickup", undefined].some(
        (status) => describeNotification({ template, data: { status } }).key !== "notifications.generic",
      );
      expect(some, `${template}: no sentence in the dictionaries`).toBe(true);
    }
  });
});
