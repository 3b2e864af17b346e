import { describe, expect, it } from "vitest";
import { mapBackendErrors, messageText, parseBackendMessage, sentence } from "../backend-errors";
import { en } from "../i18n/en";
import { ru } from "../i18n/ru";
import {
  emptyProductValues,
  innLengthFor,
  mapProductErrors,
  mapSignUpErrors,
  parseRubles,
  parseStock,
  productInputFromForm,
  signUpInputFromForm,
  validateProduct,
  validateSignUp,
  type ProductValues,
  type SignUpInput,
} from "../seller-forms";
import { isValidHandle, suggestHandle, transliterate } from "../translit";

describe("transliteration and the suggested page address", () => {
  it("writes Russian in Latin letters the passport way", () => {
    expect(transliterate("Анна Петрова")).toBe("Anna Petrova");
    expect(transliterate("Жанна Щукина, Хабаровск")).toBe("Zhanna Shchukina, Khabarovsk");
    expect(transliterate("Юлия Цой, объём, подъезд")).toBe("Yuliya Tsoy, obem, podezd");
    expect(transliterate("Ёлка")).toBe("Elka");
    expect(transliterate("Renée Müller")).toBe("Renee Muller");
  });

  it("suggests a latin kebab-case address from a name", () => {
    expect(suggestHandle("Анна Петрова")).toBe("anna-petrova");
    expect(suggestHandle("Мастерская «Глина и лён»")).toBe("masterskaya-glina-i-len");
    expect(suggestHandle("  Керамика   №7!  ")).toBe("keramika-7");
    expect(suggestHandle("Studio Woodwork")).toBe("studio-woodwork");
  });

  it("gives up on names with fewer than 3 usable characters, and cuts long ones at a word", () => {
    expect(suggestHandle("Я")).toBe("");
    expect(suggestHandle("«»")).toBe("");
    const long = suggestHandle("Очень длинное название мастерской народных промыслов и ремёсел Москвы");
    expect(long.length).toBeLessThanOrEqual(60);
    expect(isValidHandle(long)).toBe(true);
    expect(long.endsWith("-")).toBe(false);
    expect(suggestHandle("а".repeat(80))).toBe("a".repeat(60));
  });

  it("checks page addresses like the backend does", () => {
    expect(isValidHandle("anna-petrova")).toBe(true);
    expect(isValidHandle("ab")).toBe(false);
    expect(isValidHandle("anna--petrova")).toBe(false);
    expect(isValidHandle("-anna")).toBe(false);
    expect(isValidHandle("Anna")).toBe(false);
    expect(isValidHandle("анна")).toBe(false);
  });
});

describe("backend messages → form fields", () => {
  it("splits a zod failure into issues, each with its field", () => {
    expect(
      parseBackendMessage(
        "Invalid request: inn: неверный ИНН (проверьте цифры); own_work_declaration: самозанятые продают только то, что делают сами — подтвердите это",
      ),
    ).toEqual([
      { field: "inn", text: "неверный ИНН (проверьте цифры)" },
      { field: "own_work_declaration", text: "самозанятые продают только то, что делают сами — подтвердите это" },
    ]);
    expect(parseBackendMessage("center_ids: выберите центры, где вас уже одобрил менеджер")).toEqual([
      { field: "center_ids", text: "выберите центры, где вас уже одобрил менеджер" },
    ]);
    expect(parseBackendMessage("Invalid request: Field 'name' is required; Value for field 'variants, 0, price' too big, expected at most: '1000000'")).toEqual([
      { field: "name", text: "Field 'name' is required" },
      { field: "variants", text: "Value for field 'variants, 0, price' too big, expected at most: '1000000'" },
    ]);
    expect(parseBackendMessage("Invalid request: латинские буквы, цифры и дефисы", [[/латинск/, "handle"]])).toEqual([
      { field: "handle", text: "латинские буквы, цифры и дефисы" },
    ]);
    expect(parseBackendMessage("Something broke")).toEqual([{ field: null, text: "Something broke" }]);
    expect(parseBackendMessage("")).toEqual([]);
  });

  it("makes a sentence of a backend fragment", () => {
    expect(sentence("неверный ИНН (проверьте цифры)")).toBe("Неверный ИНН (проверьте цифры).");
    expect(sentence("Уже есть.")).toBe("Уже есть.");
  });

  it("puts the sign-up's Russian messages on their fields, with English equivalents for /en/", () => {
    const mapped = mapSignUpErrors(
      "Invalid request: inn: неверный ИНН (проверьте цифры); own_work_declaration: самозанятые продают только то, что делают сами — подтвердите это",
    );
    expect(mapped.general).toEqual([]);
    expect(messageText("ru", mapped.fields.inn!)).toBe("Неверный ИНН (проверьте цифры).");
    expect(messageText("en", mapped.fields.inn!)).toBe(en["sell.validation.innChecksum"]);
    expect(messageText("ru", mapped.fields.own_work_declaration!)).toBe(
      "Самозанятые продают только то, что делают сами — подтвердите это.",
    );

    const length = mapSignUpErrors("Invalid request: inn: для этого статуса нужен ИНН из 10 цифр");
    expect(messageText("ru", length.fields.inn!)).toBe("Для этого статуса нужен ИНН из 10 цифр.");
    expect(messageText("en", length.fields.inn!)).toBe("This status needs an INN of 10 digits.");

    expect(messageText("ru", mapSignUpErrors("handle: этот адрес страницы уже занят").fields.handle!)).toBe(
      "Этот адрес страницы уже занят.",
    );
    expect(messageText("ru", mapSignUpErrors("inn: мастер с таким ИНН уже зарегистрирован").fields.inn!)).toBe(
      "Мастер с таким ИНН уже зарегистрирован.",
    );
    expect(mapSignUpErrors("Invalid request: латинские буквы, цифры и дефисы").fields.handle).toBeDefined();
  });

  it("falls back to a dictionary message for zod's English, and to a general error for unknown fields", () => {
    const mapped = mapSignUpErrors("Invalid request: Field 'name' is required; Unrecognized fields: 'foo'");
    expect(mapped.fields.name).toBe("sell.validation.checkField");
    expect(mapped.general).toEqual(["sell.join.errorGeneric"]);
    const russianGeneral = mapSignUpErrors("Этот вход уже принадлежит мастеру");
    expect(russianGeneral.general.map((m) => messageText("ru", m))).toEqual(["Этот вход уже принадлежит мастеру."]);
  });

  it("maps the product's errors: center_ids, variants → price, images → image_url", () => {
    const centers = mapProductErrors("center_ids: выберите центры, где вас уже одобрил менеджер");
    expect(messageText("ru", centers.fields.center_ids!)).toBe("Выберите центры, где вас уже одобрил менеджер.");
    expect(messageText("en", centers.fields.center_ids!)).toBe(en["sell.validation.centersNotApproved"]);
    const zod = mapProductErrors("Invalid request: Value for field 'variants, 0, price' too big, expected at most: '1000000'; Invalid url");
    expect(zod.fields.price).toBe("sell.validation.checkField");
    expect(zod.general).toEqual(["sell.product.errorGeneric"]);
    expect(mapProductErrors("images, 0: Invalid URL").fields.image_url).toBe("sell.validation.checkField");
  });

  it("keeps the first message of a field only", () => {
    const mapped = mapBackendErrors("a: первое; a: второе", ["a"] as const, {
      fallback: () => "sell.validation.checkField",
      generalFallback: "sell.join.errorGeneric",
    });
    expect(messageText("ru", mapped.fields.a!)).toBe("Первое.");
  });
});

function signUp(overrides: Partial<SignUpInput> = {}): SignUpInput {
  return {
    email: "anna@example.ru",
    password: "secret-123",
    name: "Анна Петрова",
    handle: "",
    bio: "",
    phone: "",
    tax_status: "npd",
    inn: "500100732259",
    center_ids: ["ctr_1"],
    own_work_declaration: true,
    ...overrides,
  };
}

describe("the sign-up form", () => {
  it("reads the form: trims, lower-cases the address, keeps known centers once", () => {
    const form = new FormData();
    form.set("email", "  Anna@Example.ru ");
    form.set("password", " pass word ");
    form.set("name", "  Анна   Петрова ");
    form.set("handle", " Anna-Petrova ");
    form.set("tax_status", "npd");
    form.set("inn", " 5001 0073 2259 ");
    form.append("center_ids", "ctr_1");
    form.append("center_ids", "ctr_1");
    form.append("center_ids", "<script>");
    form.set("own_work_declaration", "yes");
    const input = signUpInputFromForm(form);
    expect(input).toMatchObject({
      email: "Anna@Example.ru",
      password: " pass word ",
      name: "Анна Петрова",
      handle: "anna-petrova",
      tax_status: "npd",
      center_ids: ["ctr_1"],
      own_work_declaration: true,
    });
    expect(signUpInputFromForm(new FormData()).tax_status).toBe("");
  });

  it("builds the POST /sellers body; an empty address comes from the name", () => {
    const result = validateSignUp(signUp({ email: "Anna@Example.ru", phone: "8 (916) 123-45-67", inn: "5001 0073 2259" }), ["ctr_1", "ctr_2"]);
    expect(result.ok).toBe(true);
    expect(result.values.handle).toBe("anna-petrova");
    expect(result.data).toEqual({
      email: "anna@example.ru",
      password: "secret-123",
      body: {
        handle: "anna-petrova",
        name: "Анна Петрова",
        phone: "+79161234567",
        email: "anna@example.ru",
        tax_status: "npd",
        inn: "500100732259",
        center_ids: ["ctr_1"],
        own_work_declaration: true,
      },
    });
  });

  it("names every missing or wrong field", () => {
    const result = validateSignUp(
      signUp({ email: "anna@", password: "short", name: "", handle: "Анна!", phone: "123", tax_status: "", inn: "12ab", center_ids: [] }),
      ["ctr_1"],
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      email: "validation.email.invalid",
      password: "sell.validation.passwordShort",
      name: "sell.validation.nameRequired",
      handle: "sell.validation.handleInvalid",
      phone: "validation.phone.invalid",
      tax_status: "sell.validation.taxRequired",
      inn: "sell.validation.innDigits",
      center_ids: "sell.validation.centersRequired",
    });
    expect(result.data).toBeUndefined();
  });

  it("wants 12 digits for people and 10 for organizations", () => {
    expect(innLengthFor("npd")).toBe(12);
    expect(innLengthFor("organization")).toBe(10);
    expect(validateSignUp(signUp({ tax_status: "organization", inn: "500100732259" }), ["ctr_1"]).errors.inn).toEqual({
      key: "sell.validation.innLength",
      params: { digits: 10 },
    });
    expect(validateSignUp(signUp({ tax_status: "ip", inn: "7707083893" }), ["ctr_1"]).errors.inn).toEqual({
      key: "sell.validation.innLength",
      params: { digits: 12 },
    });
    expect(validateSignUp(signUp({ tax_status: "organization", inn: "7707083893" }), ["ctr_1"]).ok).toBe(true);
  });

  it("needs the own-work declaration only from the self-employed", () => {
    expect(validateSignUp(signUp({ own_work_declaration: false }), ["ctr_1"]).errors.own_work_declaration).toBe(
      "sell.validation.declarationRequired",
    );
    const ip = validateSignUp(signUp({ tax_status: "ip", own_work_declaration: false }), ["ctr_1"]);
    expect(ip.ok).toBe(true);
    expect(ip.data?.body.own_work_declaration).toBe(false);
  });

  it("drops centers that are not offered, and asks for a name that gives an address", () => {
    expect(validateSignUp(signUp({ center_ids: ["ctr_gone"] }), ["ctr_1"]).errors.center_ids).toBe("sell.validation.centersRequired");
    expect(validateSignUp(signUp({ name: "Я" }), ["ctr_1"]).errors).toMatchObject({
      name: "sell.validation.nameShort",
      handle: "sell.validation.handleRequired",
    });
  });
});

function product(overrides: Partial<ProductValues> = {}): ProductValues {
  return { ...emptyProductValues(["ctr_1"]), title: "Кружка с глазурью", price: "1 200", stock: "4", ...overrides };
}

describe("the new-product form", () => {
  it("parses prices and quantities the way people type them", () => {
    expect(parseRubles("1200")).toBe(1200);
    expect(parseRubles("1 200")).toBe(1200);
    expect(parseRubles("450,50")).toBe(450.5);
    expect(parseRubles("990 ₽")).toBe(990);
    expect(parseRubles("990 руб.")).toBe(990);
    expect(parseRubles("12.345")).toBeNull();
    expect(parseRubles("-5")).toBeNull();
    expect(parseRubles("дорого")).toBeNull();
    expect(parseStock("4")).toBe(4);
    expect(parseStock("4 шт.")).toBe(4);
    expect(parseStock("0")).toBe(0);
    expect(parseStock("1,5")).toBeNull();
    expect(parseStock("100001")).toBeNull();
  });

  it("one variant: the product's price and stock under a placeholder title", () => {
    const result = validateProduct(product({ description: "Объём 300 мл" }), ["ctr_1"]);
    expect(result.ok).toBe(true);
    expect(result.data).toEqual({
      title: "Кружка с глазурью",
      description: "Объём 300 мл",
      status: "published",
      variants: [{ title: "Стандартный", price: 1200, stock: 4 }],
      center_ids: ["ctr_1"],
    });
  });

  it("extra rows become variants; each row needs a title, price and stock", () => {
    const rows = [
      { title: "Большая", value2: "", price: "1500", stock: "2" },
      { title: "", value2: "", price: "", stock: "" },
      { title: "Средняя", value2: "", price: "", stock: "1" },
      { title: "большая", value2: "", price: "10", stock: "1" },
    ];
    const bad = validateProduct(product({ rows, variant_title: "" }), ["ctr_1"]);
    expect(bad.errors).toEqual({
      variant_title: "sell.validation.variantTitleRequired",
      variant_price_4: "sell.validation.priceRequired",
      variant_title_5: "sell.validation.variantTitleDuplicate",
    });

    const good = validateProduct(
      product({ option_title: "Размер", variant_title: "Маленькая", rows: rows.slice(0, 2).concat([{ title: "", value2: "", price: "", stock: "" }, { title: "", value2: "", price: "", stock: "" }]), status: "draft" }),
      ["ctr_1"],
    );
    expect(good.data).toMatchObject({
      status: "draft",
      option_title: "Размер",
      variants: [
        { title: "Маленькая", price: 1200, stock: 4 },
        { title: "Большая", price: 1500, stock: 2 },
      ],
    });
  });

  it("two options: each variant is a pair of values (size × colour), listed once per option", () => {
    const row = (title: string, value2: string, price = "", stock = "") => ({ title, value2, price, stock });
    const empty = row("", "");
    const values = product({
      option_title: "Размер",
      option2_title: "Цвет",
      variant_title: "M",
      variant_value2: "синий",
      rows: [row("L", "синий", "1300", "1"), row("m", "Белый", "1250", "0"), empty, empty],
    });
    const result = validateProduct(values, ["ctr_1"]);
    expect(result.errors).toEqual({});
    expect(result.data).toMatchObject({
      options: [
        { title: "Размер", values: ["M", "L"] },
        { title: "Цвет", values: ["синий", "Белый"] },
      ],
      variants: [
        { price: 1200, stock: 4, options: { "Размер": "M", "Цвет": "синий" } },
        { price: 1300, stock: 1, options: { "Размер": "L", "Цвет": "синий" } },
        { price: 1250, stock: 0, options: { "Размер": "M", "Цвет": "Белый" } },
      ],
    });
    expect(result.data).not.toHaveProperty("option_title");

    const bad = validateProduct(
      product({
        option_title: "",
        option2_title: "цвет",
        variant_title: "M",
        variant_value2: "",
        rows: [row("L", ""), row("m", "синий", "1", "1"), row("M", "Синий", "1", "1"), empty],
      }),
      ["ctr_1"],
    );
    expect(bad.errors).toMatchObject({
      option_title: "sell.validation.optionTitleRequired",
      variant_value2: "sell.validation.variantValue2Required",
      variant_value2_2: "sell.validation.variantValue2Required",
      variant_price_2: "sell.validation.priceRequired",
      variant_title_4: "sell.validation.variantComboDuplicate",
    });
    const sameNames = validateProduct(product({ option_title: "Цвет", option2_title: "цвет", variant_title: "a", variant_value2: "b" }), ["ctr_1"]);
    expect(sameNames.errors.option2_title).toBe("sell.validation.optionTitleSame");
    const valueWithoutName = validateProduct(product({ option_title: "Размер", variant_title: "S", variant_value2: "синий" }), ["ctr_1"]);
    expect(valueWithoutName.errors.option2_title).toBe("sell.validation.option2TitleRequired");
  });

  it("offers the product only at approved centers", () => {
    expect(validateProduct(product({ center_ids: [] }), ["ctr_1"]).errors.center_ids).toBe("sell.validation.productCentersRequired");
    expect(validateProduct(product({ center_ids: ["ctr_2"] }), ["ctr_1"]).errors.center_ids).toBe("sell.validation.centersNotApproved");
  });

  it("checks title, price, stock and the photo link", () => {
    expect(validateProduct(product({ title: "", price: "0", stock: "-1", image_url: "photo.jpg" }), ["ctr_1"]).errors).toEqual({
      title: "sell.validation.titleRequired",
      price: "sell.validation.priceRange",
      stock: "sell.validation.stockInvalid",
      image_url: "sell.validation.imageInvalid",
    });
    const withPhoto = validateProduct(product({ image_url: "https://example.ru/mug.jpg" }), ["ctr_1"]);
    expect(withPhoto.data?.images).toEqual(["https://example.ru/mug.jpg"]);
  });

  it("reads the form, rows included", () => {
    const form = new FormData();
    form.set("title", " Кружка ");
    form.set("description", "строка 1\r\n\r\n\r\n\r\nстрока 2   ");
    form.set("price", "1200");
    form.set("stock", "3");
    form.set("variant_title_3", "Большая");
    form.set("variant_value2_3", " синяя ");
    form.set("option2_title", "Цвет");
    form.append("center_ids", "ctr_1");
    form.set("status", "draft");
    const values = productInputFromForm(form);
    expect(values).toMatchObject({ title: "Кружка", description: "строка 1\n\nстрока 2", status: "draft", center_ids: ["ctr_1"] });
    expect(values.rows[1]).toEqual({ title: "Большая", value2: "синяя", price: "", stock: "" });
    expect(values.option2_title).toBe("Цвет");
    expect(productInputFromForm(new FormData()).status).toBe("published");
  });
});

describe("dictionary", () => {
  it("has the words the artisans' pages promise", () => {
    expect(ru["sell.membership.pending"]).toBe("на рассмотрении");
    expect(ru["sell.notice.joined"]).toBe("Заявка отправлена: менеджеры центров рассмотрят её.");
    expect(ru["sell.noProducts"]).toBe("У вас пока нет товаров");
  });
});

describe("photos", () => {
  it("accepts any http(s) address with a host, localhost included", async () => {
    const { isHttpUrl } = await import("../seller-forms");
    expect(isHttpUrl("http://localhost:9000/static/mug.png")).toBe(true);
    expect(isHttpUrl("https://example.ru/mug.jpg")).toBe(true);
    expect(isHttpUrl("photo.jpg")).toBe(false);
    expect(isHttpUrl("ftp://example.ru/a.jpg")).toBe(false);
    expect(isHttpUrl("https:///a.jpg")).toBe(false);
  });
  it("checks the chosen file's type and size", async () => {
    const { photoError } = await import("../seller-forms");
    expect(photoError(null)).toBeNull();
    expect(photoError({ type: "image/png", size: 100 })).toBeNull();
    expect(photoError({ type: "application/pdf", size: 100 })).toBe("sell.validation.photoType");
    expect(photoError({ type: "image/jpeg", size: 6 * 1024 * 1024 })).toBe("sell.validation.photoSize");
  });
  it("maps the upload's `files: …` onto the file field", async () => {
    const { mapProductErrors } = await import("../seller-forms");
    expect(mapProductErrors("files: не больше 5 МБ").fields.files).toBeTruthy();
  });
});

describe("the new product's category", () => {
  it("is optional, must be one of the catalog's, and goes into the body", async () => {
    const { emptyProductValues, validateProduct } = await import("../seller-forms");
    const base = { ...emptyProductValues(["ctr_1"]), title: "Кружка", price: "500", stock: "2" };
    expect(validateProduct(base, ["ctr_1"], ["pcat_1"]).data).not.toHaveProperty("category_id");
    expect(validateProduct({ ...base, category_id: "pcat_1" }, ["ctr_1"], ["pcat_1"]).data?.category_id).toBe("pcat_1");
    expect(validateProduct({ ...base, category_id: "pcat_2" }, ["ctr_1"], ["pcat_1"]).errors).toEqual({ category_id: "sell.validation.categoryUnknown" });
  });
});
