// The artisan's photo upload and the center manager's curation, in Russian:
// (a) the demo artisan adds a product with a real PNG file → the photo is on its public page;
// (b) the demo manager puts a product of their center into «Выбор центра» → it is shown above the
// center's shop; the shop and profile pages are checked with axe-core. (Resident accounts: not yet.)
import { expect, test } from "@playwright/test";
import { deflateSync } from "node:zlib";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { MANAGER, MASTER, newPage, runId, signIn } from "../support/session";



/** A real 2×2 PNG (red pixels), built byte by byte. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.from([0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat([row, row]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}



test("an artisan uploads a photo file with a new product; it is on the product's page", async ({ browser, baseURL }) => {
  const { context, page } = await newPage(browser, baseURL!);
  try {
    const title = `Кружка с фото ${runId()}`;
    await signIn(page, "/sell/login?next=%2Fsell%2Fproducts%2Fnew", MASTER);
    await expect(page).toHaveURL(/\/sell\/products\/new$/);
    await expect(page.getByTestId("product-form")).toHaveAttribute("enctype", "multipart/form-data");
    await expectNoSeriousA11yViolations(page);

    // not a picture: the file field says so
    await page.getByLabel("Название", { exact: true }).fill(title);
    await page.getByLabel("Цена, ₽", { exact: true }).fill("650");
    await page.getByLabel("Сколько штук есть").fill("3");
    const centers = page.getByTestId("field-center_ids").getByRole("checkbox");
    if ((await centers.count()) > 0 && !(await centers.first().isChecked())) await centers.first().check();
    await page.getByLabel("Фото товара (необязательно)").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await page.getByRole("button", { name: "Добавить товар" }).click();
    await expect(page.getByTestId("error-files")).toContainText("JPEG, PNG, WebP или GIF");
    await expectNoSeriousA11yViolations(page);

    if ((await centers.count()) > 0 && !(await centers.first().isChecked())) await centers.first().check();
    await page.getByLabel("Фото товара (необязательно)").setInputFiles({ name: "mug.png", mimeType: "image/png", buffer: tinyPng() });
    await page.getByRole("button", { name: "Добавить товар" }).click();
    await expect(page.getByTestId("sell-notice")).toHaveText("Товар добавлен и уже в продаже.");
    const mine = page.getByTestId("my-product").filter({ hasText: title });
    const src = await mine.locator("img").getAttribute("src");
    expect(src, "the product's thumbnail is the uploaded file").toMatch(/^https?:\/\//);
    const productHref = await mine.getByRole("link", { name: /Посмотреть в магазине/ }).getAttribute("href");

    await page.goto(productHref!);
    const photo = page.getByRole("img", { name: title });
    await expect(photo).toHaveAttribute("src", src!);
    // the picture really loads
    const image = await page.request.get(src!);
    expect(image.status()).toBe(200);
    expect((await image.body()).subarray(1, 4).toString("ascii")).toBe("PNG");
  } finally {
    await context.close();
  }
});

test("the demo manager picks a product for «Выбор центра»; the center's page shows it first", async ({ browser, baseURL }) => {
  const { context, page } = await newPage(browser, baseURL!);
  try {
    await signIn(page, "/manage/login", MANAGER);
    await expect(page).toHaveURL(/\/manage$/);
    const centerLink = page.locator('a[href^="/manage/centers/"]').first();
    await centerLink.click();
    await expect(page).toHaveURL(/\/manage\/centers\/[^/]+$/);
    const centerId = page.url().split("/").pop()!;

    // the profile form is there and filled from the backend
    await page.getByTestId("center-profile-link").click();
    await expect(page).toHaveURL(new RegExp(`/manage/centers/${centerId}/profile$`));
    await expect(page.getByLabel("Название", { exact: true })).not.toHaveValue("");
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId("profile-submit").click();
    await expect(page.getByTestId("manage-notice")).toBeVisible();

    await page.goto(`/manage/centers/${centerId}`);
    await page.getByTestId("center-shop-link").click();
    await expect(page).toHaveURL(new RegExp(`/manage/centers/${centerId}/shop$`));
    await expectNoSeriousA11yViolations(page);

    // a product in the center's shop that is not picked yet
    const row = page.getByTestId("shop-row").filter({ has: page.getByRole("button", { name: /^В выбор центра/ }) }).first();
    await expect(row).toBeVisible();
    const title = (await row.getByRole("rowheader").innerText()).split("\n")[0].trim();
    await row.getByRole("button", { name: /^В выбор центра/ }).click();
    await expect(page.getByTestId("manage-notice")).toBeVisible();
    await expect(page.getByTestId("featured-list")).toContainText(title);
    await expectNoSeriousA11yViolations(page);

    const publicHref = await page.getByRole("link", { name: "Страница центра в магазине" }).getAttribute("href");
    await page.goto(publicHref!);
    await expect(page.getByRole("heading", { level: 2, name: "Выбор центра" })).toBeVisible();
    await expect(page.getByTestId("featured").getByTestId("product-card").filter({ hasText: title })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // tidy up: unpick it again
    await page.goto(`/manage/centers/${centerId}/shop`);
    await page.getByTestId("shop-row").filter({ hasText: title }).first().getByRole("button", { name: /^Убрать из выбора/ }).click();
    await expect(page.getByTestId("manage-notice")).toBeVisible();
  } finally {
    await context.close();
  }
});
