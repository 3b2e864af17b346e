// Pop-up exhibits (issue 6), in Russian: the demo manager announces an exhibit at «Хамовники»
// (a bad form first) → the demo artisan, approved there, applies with one of their goods → the
// manager approves with a note → the public exhibit page lists the artisan and the item, linking to
// its page → the printable catalog has one QR code (<svg>) per item. axe-core on every new page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { MANAGER, MASTER, newPage, runId, signIn } from "../support/session";

const CENTER = { handle: "khamovniki", name: "Соседский центр «Хамовники»" };

/** What a datetime-local field takes, in Moscow time (UTC+3 all year). */
const moscowInput = (ms: number) => new Date(ms + 3 * 3600_000).toISOString().slice(0, 16);

test("an artisan applies to an exhibit, the manager approves, the public page and the catalog show the item", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Ярмарка ${runId()}`;
  const day = 24 * 3600_000;
  const starts = Date.now() + 10 * day;

  // ---- the manager announces the exhibit ----
  const manager = await newPage(browser, baseURL!);
  const m = manager.page;
  await signIn(m, "/manage/login", MANAGER);
  await expect(m).toHaveURL(/\/manage$/);
  await m.getByRole("link", { name: CENTER.name }).first().click();
  await m.getByTestId("center-exhibits-link").click();
  await expect(m).toHaveURL(/\/manage\/centers\/[^/]+\/exhibits$/);
  await expect(m.getByRole("heading", { level: 1 })).toHaveText("Выставки-ярмарки");
  await expectNoSeriousA11yViolations(m);

  const form = m.getByTestId("new-exhibit-form");
  await form.getByLabel("Название").fill(title);
  await form.getByLabel("Где проходит").fill("Большой зал, 2 этаж");
  await form.getByLabel("Начало (время московское)").fill(moscowInput(starts));
  await form.getByLabel("Окончание (время московское)").fill(moscowInput(starts + 6 * 3600_000));
  // the deadline after the start is refused, by field
  await form.getByLabel("Приём заявок до (время московское)").fill(moscowInput(starts + day));
  await form.getByLabel("Мест для мастеров").fill("3");
  await form.getByLabel("Описание").fill("Вязание, керамика и свечи к Новому году");
  await form.getByLabel("Сразу открыть приём заявок").check();
  await m.getByTestId("exhibit-create").click();
  await expect(m.getByTestId("error-summary")).toContainText("Приём заявок должен закончиться до начала выставки");
  await expect(form.getByLabel("Название")).toHaveValue(title);
  await expectNoSeriousA11yViolations(m);

  await form.getByLabel("Приём заявок до (время московское)").fill(moscowInput(starts - day));
  await m.getByTestId("exhibit-create").click();
  await expect(m.getByTestId("exhibit-notice")).toHaveText("Выставка создана.");
  await expect(m.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(m.getByTestId("exhibit-status")).toHaveText("Приём заявок");
  const managerUrl = m.url();
  const exhibitId = managerUrl.split("/").pop()!.split("?")[0];
  await expectNoSeriousA11yViolations(m);

  // ---- the artisan applies with one item ----
  const artisan = await newPage(browser, baseURL!);
  const a = artisan.page;
  await signIn(a, "/sell/login", MASTER);
  await expect(a).toHaveURL(/\/sell$/);
  await a.getByTestId("exhibits-link").click();
  await expect(a).toHaveURL(/\/sell\/exhibits$/);
  const mine = a.getByTestId("seller-exhibit").filter({ hasText: title });
  await expect(mine).toHaveCount(1);
  await expectNoSeriousA11yViolations(a);
  // nothing chosen: refused on the page
  await mine.getByTestId("apply").click();
  await expect(a.getByTestId("application-error")).toHaveText("Выберите хотя бы один товар.");
  const item = a.getByTestId("seller-exhibit").filter({ hasText: title }).getByRole("checkbox").first();
  const itemTitle = ((await item.locator("xpath=..").innerText()).split(" · ")[0] ?? "").trim();
  expect(itemTitle.length).toBeGreaterThan(1);
  await item.check();
  await a.getByTestId("seller-exhibit").filter({ hasText: title }).getByLabel("Комментарий для менеджера").fill("Привезу всё в пятницу");
  await a.getByTestId("seller-exhibit").filter({ hasText: title }).getByTestId("apply").click();
  await expect(a.getByTestId("exhibit-notice")).toHaveText("Заявка отправлена. Менеджер центра рассмотрит её.");
  await expect(a.getByTestId("seller-exhibit").filter({ hasText: title }).getByTestId("application-status")).toHaveText("На рассмотрении");
  await expectNoSeriousA11yViolations(a);

  // ---- the manager approves ----
  await m.goto(managerUrl.split("?")[0]);
  const application = m.getByTestId("application").filter({ hasText: itemTitle });
  await expect(application).toHaveCount(1);
  await expect(application).toContainText("Привезу всё в пятницу");
  await application.getByRole("textbox").fill("Ждём вас к 10:00");
  await application.getByTestId("approve").click();
  await expect(m.getByTestId("exhibit-notice")).toHaveText("Решение по заявке сохранено, мастер получит уведомление.");
  await expect(m.getByTestId("application").filter({ hasText: itemTitle }).getByTestId("application-status")).toHaveText("Одобрена");
  await expectNoSeriousA11yViolations(m);

  await a.reload();
  await expect(a.getByTestId("seller-exhibit").filter({ hasText: title }).getByTestId("application-status")).toHaveText("Одобрена");
  await expect(a.getByTestId("seller-exhibit").filter({ hasText: title }).getByTestId("decision-note")).toContainText("Ждём вас к 10:00");

  // ---- residents: the center page, the exhibit page, the catalog ----
  const resident = await newPage(browser, baseURL!);
  const r = resident.page;
  await r.goto(`/centers/${CENTER.handle}`);
  await r.getByTestId("center-exhibits").getByRole("link", { name: title }).click();
  await expect(r).toHaveURL(new RegExp(`/centers/${CENTER.handle}/exhibits/${exhibitId}$`));
  await expect(r.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(r.getByTestId("exhibit-when")).toContainText(/\d{2}:\d{2}/);
  const artisanBlock = r.getByTestId("exhibit-artisan");
  await expect(artisanBlock).toHaveCount(1);
  await expect(artisanBlock).toContainText("Валентина Сорокина");
  const productLink = artisanBlock.getByRole("link", { name: itemTitle });
  await expect(productLink).toHaveAttribute("href", /^\/products\/[^/]+$/);
  const productHref = await productLink.getAttribute("href");
  await expect(r.getByTestId("exhibit-product")).toHaveCount(1);
  await expectNoSeriousA11yViolations(r);

  await r.getByTestId("catalog-link").click();
  await expect(r).toHaveURL(new RegExp(`/centers/${CENTER.handle}/exhibits/${exhibitId}/catalog$`));
  // one block and one QR code per item of the exhibit page
  await expect(r.getByTestId("catalog-item")).toHaveCount(1);
  await expect(r.locator("[data-testid=catalog-item] svg")).toHaveCount(1);
  await expect(r.getByTestId("catalog-item")).toContainText(itemTitle);
  await expect(r.getByTestId("catalog-item").getByRole("link")).toHaveAttribute("href", new URL(productHref!, baseURL!).toString());
  await expectNoSeriousA11yViolations(r);
  // printed on A4: the catalog's own print rules, without the site's header and footer
  const pageRule = await r.evaluate(() =>
    [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((rule) => /@page/i.test(rule.cssText) && /\bA4\b/i.test(rule.cssText)),
  );
  expect(pageRule).toBe(true);
  await r.emulateMedia({ media: "print" });
  await expect(r.locator(".site-header")).toBeHidden();
  await expect(r.locator("[data-testid=catalog-item] svg")).toBeVisible();

  // the same page in English
  await r.emulateMedia({ media: "screen" });
  await r.goto(`/en/centers/${CENTER.handle}/exhibits/${exhibitId}`);
  await expect(r.locator("html")).toHaveAttribute("lang", "en");
  await expect(r.getByRole("heading", { name: "Artisans and their goods" })).toBeVisible();
  await expect(r.getByTestId("exhibit-artisan").getByRole("link", { name: itemTitle })).toHaveAttribute("href", `/en${productHref}`);
  await expectNoSeriousA11yViolations(r);

  await Promise.all([manager.context.close(), artisan.context.close(), resident.context.close()]);
});
