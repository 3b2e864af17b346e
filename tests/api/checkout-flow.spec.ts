// Medusa's standard store checkout, through @medusajs/js-sdk, against the backend started by the
// global setup: a guest buys one in-stock product of one center and the stock goes down.
import { test, expect } from "@playwright/test";
import Medusa from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";

type Center = { id: string; handle: string; name: string; sales_channel_id: string | null };

const backendUrl = process.env.SOSEDI_BACKEND_URL!;
const publishableKey = process.env.SOSEDI_PUBLISHABLE_KEY!;
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory";

test.describe.configure({ mode: "serial" });

test("guest checkout of a center's product creates an order and takes the stock", async () => {
  expect(backendUrl, "SOSEDI_BACKEND_URL is set by the global setup").toBeTruthy();
  const sdk = new Medusa({
    baseUrl: backendUrl,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  });

  const { regions } = await sdk.store.region.list();
  expect(regions.length).toBeGreaterThan(0);
  const region = regions.find((r) => r.currency_code === "rub") ?? regions[0];

  const { centers } = await sdk.client.fetch<{ centers: Center[] }>("/store/centers");
  expect(centers.length).toBeGreaterThan(0);

  // the first center (in the API's order) whose shop has an in-stock, priced product
  const listProducts = (center: Center) =>
    sdk.store.product.list({
      sales_channel_id: center.sales_channel_id!,
      region_id: region.id,
      fields: PRODUCT_FIELDS,
      limit: 50,
    } as HttpTypes.StoreProductListParams);
  const inStock = (v: HttpTypes.StoreProductVariant) =>
    v.calculated_price?.calculated_amount != null && (v.manage_inventory === false || (v.inventory_quantity ?? 0) > 0);

  let center: Center | undefined;
  let product: HttpTypes.StoreProduct | undefined;
  let variant: HttpTypes.StoreProductVariant | undefined;
  for (const c of centers.filter((c) => c.sales_channel_id)) {
    const { products } = await listProducts(c);
    // prefer a tracked variant so the stock assertion means something
    for (const p of products) {
      const v = p.variants?.find((v) => inStock(v) && v.manage_inventory !== false) ?? p.variants?.find(inStock);
      if (v && (!variant || (variant.manage_inventory === false && v.manage_inventory !== false))) {
        center = c;
        product = p;
        variant = v;
      }
    }
    if (variant) break;
  }
  expect(variant, "some center sells an in-stock, priced variant").toBeTruthy();
  const stockBefore = variant!.inventory_quantity ?? 0;
  const unitPrice = variant!.calculated_price!.calculated_amount!;

  let { cart } = await sdk.store.cart.create({
    region_id: region.id,
    sales_channel_id: center!.sales_channel_id!,
    email: `checkout-${Date.now()}@example.com`,
  });
  ({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: variant!.id, quantity: 1 }));
  expect(cart.items).toHaveLength(1);
  expect(cart.items![0].unit_price).toBe(unitPrice);

  // Medusa needs an address to pick shipping (pickup) options and to complete the cart
  ({ cart } = await sdk.store.cart.update(cart.id, {
    shipping_address: {
      first_name: "Анна",
      last_name: "Соседова",
      address_1: "ул. Тестовая, 1",
      city: "Москва",
      country_code: region.countries?.[0]?.iso_2 ?? "ru",
      postal_code: "101000",
      phone: "+79990000000",
    },
  }));

  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id });
  expect(shipping_options.length, "the cart has a shipping (pickup) option").toBeGreaterThan(0);
  const option = shipping_options.find((o) => (o as any).insufficient_inventory !== true) ?? shipping_options[0];
  ({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id }));

  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" });
  const completed = await sdk.store.cart.complete(cart.id);
  expect(completed.type, JSON.stringify((completed as any).error ?? {})).toBe("order");
  const order = (completed as { type: "order"; order: HttpTypes.StoreOrder }).order;

  expect(order.items).toHaveLength(1);
  expect(order.items![0].variant_id).toBe(variant!.id);
  expect(order.items![0].quantity).toBe(1);
  expect(order.currency_code).toBe(region.currency_code);
  expect(order.items![0].unit_price).toBe(unitPrice);
  expect(order.total).toBe(cart.total);
  expect(order.total).toBe(order.item_total + order.shipping_total - (order.discount_total ?? 0));
  expect(order.email).toBe(cart.email);

  if (variant!.manage_inventory !== false) {
    const { products } = await sdk.store.product.list({
      id: [product!.id],
      sales_channel_id: center!.sales_channel_id!,
      region_id: region.id,
      fields: PRODUCT_FIELDS,
    } as HttpTypes.StoreProductListParams);
    const after = products[0].variants!.find((v) => v.id === variant!.id)!;
    expect(after.inventory_quantity).toBe(stockBefore - 1);
  }
});

test("the demo goods' pictures are served by the backend", async () => {
  const res = await fetch(`${backendUrl}/store/products?limit=3&fields=thumbnail`, {
    headers: { "x-publishable-api-key": publishableKey },
  });
  const { products } = (await res.json()) as { products: { thumbnail: string | null }[] };
  expect(products.length).toBeGreaterThan(0);
  for (const { thumbnail } of products) {
    expect(thumbnail, "every demo product has a picture").toBeTruthy();
    const image = await fetch(thumbnail!);
    expect(image.status, thumbnail!).toBe(200);
    expect(await image.text()).toContain("<svg");
  }
});
