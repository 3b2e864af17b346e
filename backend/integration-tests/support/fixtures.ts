import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { completeInn } from "../../src/modules/seller/utils/inn"

/**
 * Our workflows run by id through the engine: importing them here would load a second copy
 * beside the one Medusa required, and the registry refuses two definitions of one id.
 */
export async function runWorkflow<T = any>(container: MedusaContainer, id: string, input: unknown): Promise<T> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { result, errors } = await engine.run(id, { input, throwOnError: false })
  if (errors?.length) {
    throw errors[0].error
  }
  return result as T
}

export const hours = {
  mon: null,
  tue: ["10:00", "21:00"],
  wed: ["10:00", "21:00"],
  thu: ["10:00", "21:00"],
  fri: ["10:00", "21:00"],
  sat: ["11:00", "18:00"],
  sun: null,
} as any

export function centerInput(handle: string, district: string) {
  return {
    handle,
    name: `Соседский центр ${handle}`,
    district,
    address: `ул. Тестовая, д. ${handle.length}`,
    lat: 55.75,
    lng: 37.61,
    opening_hours: hours,
    phone: "+7 (495) 000-00-00",
    email: `${handle}@sosedi.local`,
    description: "Центр для проверок",
    rooms: [{ name: "Мастерская", capacity: 10, hourly_price: 500, amenities: ["раковина"] }],
  }
}

let innCounter = 100000
export function nextInn() {
  innCounter += 1
  return completeInn(`7700${innCounter}`)
}

/**
 * Two centers with their shops; an approved seller at A with a good and a master class,
 * a pending seller at B; one publishable key over both shops.
 */
export async function seedMarket(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: { supported_currencies: [{ currency_code: "rub", is_default: true }] },
    },
  })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "Россия", currency_code: "rub", countries: ["ru"], payment_providers: ["pp_system_default"] }],
    },
  })
  const a = await runWorkflow(container, "create-center", centerInput("alpha", "Хамовники"))
  const b = await runWorkflow(container, "create-center", centerInput("beta", "Марьино"))
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [a.sales_channel_id, b.sales_channel_id] },
  })
  const { result: types } = await createProductTypesWorkflow(container).run({
    input: { product_types: [{ value: "goods" }, { value: "masterclass" }] },
  })
  const typeId = (v: string) => types.find((t) => t.value === v)!.id

  const maker = await runWorkflow(container, "register-seller", {
      handle: "maria-knits",
      name: "Мария Вязальщица",
      bio: "Вяжу носки",
      tax_status: "npd",
      inn: nextInn(),
      status: "approved",
      membership_status: "approved",
    center_ids: [a.center.id],
  })
  const newcomer = await runWorkflow(container, "register-seller", {
      handle: "new-potter",
      name: "Новый Гончар",
      tax_status: "npd",
      inn: nextInn(),
    center_ids: [b.center.id],
  })

  const soon = new Date(Date.now() + 3 * 24 * 3600 * 1000)
  const later = new Date(Date.now() + 6 * 24 * 3600 * 1000)
  const past = new Date(Date.now() - 2 * 24 * 3600 * 1000)
  const products: any[] = await runWorkflow(container, "create-seller-products", {
      seller_id: maker.id,
      products: [
        {
          title: "Вязаные носки",
          handle: "socks",
          status: "published",
          type_id: typeId("goods"),
          options: [{ title: "Размер", values: ["M"] }],
          variants: [
            { title: "M", sku: "socks-m", manage_inventory: true, options: { "Размер": "M" }, prices: [{ currency_code: "rub", amount: 900 }] },
          ],
          sales_channels: [{ id: a.sales_channel_id }],
          location_ids: [a.stock_location_id],
          stock_by_sku: { "socks-m": 5 },
        },
        {
          title: "Черновик",
          handle: "draft",
          status: "draft",
          type_id: typeId("goods"),
          options: [{ title: "Вариант", values: ["один"] }],
          variants: [
            { title: "один", sku: "draft-1", options: { "Вариант": "один" }, prices: [{ currency_code: "rub", amount: 100 }] },
          ],
          sales_channels: [{ id: a.sales_channel_id }],
        },
        {
          title: "Вяжем носки",
          handle: "knit-class",
          status: "published",
          type_id: typeId("masterclass"),
          options: [{ title: "Сеанс", values: ["past", "later", "soon"] }],
          variants: [past, later, soon].map((d, i) => ({
            title: `s${i}`,
            sku: `knit-class-${i}`,
            manage_inventory: true,
            options: { "Сеанс": ["past", "later", "soon"][i] },
            prices: [{ currency_code: "rub", amount: i === 2 ? 0 : 1200 }],
            metadata: { starts_at: d.toISOString(), ends_at: new Date(d.getTime() + 7200_000).toISOString() },
          })),
          sales_channels: [{ id: a.sales_channel_id }],
          location_ids: [a.stock_location_id],
          stock_by_sku: { "knit-class-0": 8, "knit-class-1": 8, "knit-class-2": 6 },
        },
      ],
  })

  return { region, a, b, key, maker, newcomer, products }
}
