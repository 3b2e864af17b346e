import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { buildDemoData, DemoImage } from "./demo-data"
import { STOREFRONT_KEY_TITLE } from "../utils/storefront-key"
import { logins as DEMO_LOGINS } from "./demo-logins.json"
import { createCenterWorkflow } from "../workflows/create-center"
import { createManagerWorkflow } from "../workflows/create-manager"
import { registerSellerWorkflow } from "../workflows/register-seller"
import {
  createSellerProductsWorkflow,
  SellerProductInput,
} from "../workflows/create-seller-products"
import { seedClassSessions } from "./seed-classes"

export { STOREFRONT_KEY_TITLE }
export const DEMO_OPERATOR = { email: "admin@sosedi.local", password: "sosedi-demo" }

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000

function sessionLabel(startsAt: Date): string {
  // Option values must be unique per product; the Moscow wall-clock time reads naturally.
  const local = new Date(startsAt.getTime() + MOSCOW_OFFSET_MS)
  return local.toISOString().slice(0, 16).replace("T", " ")
}

/**
 * Loads the Moscow demo: region, centers with their shops and pickup points, artisans,
 * their goods and master classes, and the operator login. Does nothing when centers exist.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: existing } = await query.graph({ entity: "center", fields: ["id"], pagination: { take: 1 } })
  if (existing.length) {
    // The operator is created last: without it an earlier load stopped halfway.
    const { data: operators } = await query.graph({
      entity: "user",
      fields: ["id"],
      filters: { email: DEMO_OPERATOR.email },
    })
    if (!operators.length) {
      throw new Error(
        "The demo data is incomplete (an earlier load stopped halfway). Remove the database (.data/) and start again."
      )
    }
    logger.info("Demo data already present, nothing to load.")
    return
  }

  const data = buildDemoData(new Date())
  logger.info(
    `Loading demo data: ${data.centers.length} centers, ${data.sellers.length} sellers, ${data.products.length} goods, ${data.classes.length} master classes`
  )

  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: {
        name: "Соседи.маркет",
        supported_currencies: [{ currency_code: "rub", is_default: true }],
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Россия",
          currency_code: "rub",
          countries: ["ru"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "ru", provider_id: "tp_system" }],
  })

  const centers = new Map<string, { id: string; sales_channel_id: string; stock_location_id: string }>()
  for (const center of data.centers) {
    const { result } = await createCenterWorkflow(container).run({ input: center })
    centers.set(center.handle, {
      id: result.center.id,
      sales_channel_id: result.sales_channel_id,
      stock_location_id: result.stock_location_id,
    })
  }

  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: keys[0].id, add: [...centers.values()].map((c) => c.sales_channel_id) },
  })

  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: data.categories.map((c) => ({
        name: c.name,
        handle: c.handle,
        is_active: true,
      })),
    },
  })
  const categoryIds = new Map(categories.map((c) => [c.handle, c.id]))
  const { result: types } = await createProductTypesWorkflow(container).run({
    input: { product_types: [{ value: "goods" }, { value: "masterclass" }] },
  })
  const typeId = (value: string) => types.find((t) => t.value === value)!.id

  const images = await uploadImages(container, [
    ...data.products.map((p) => p.image),
    ...data.classes.map((c) => c.image),
  ])

  const demoArtisan = DEMO_LOGINS.find((l) => l.role === "artisan")!
  const sellerIds = new Map<string, string>()
  for (const [i, seller] of data.sellers.entries()) {
    const { center_handles, ...fields } = seller
    const { result } = await registerSellerWorkflow(container).run({
      input: {
        ...fields,
        ...(i === 0 ? { email: demoArtisan.email, auth_identity_id: await registerLogin(container, demoArtisan) } : {}),
        status: "approved",
        membership_status: "approved",
        center_ids: center_handles.map((h) => centers.get(h)!.id),
      },
    })
    sellerIds.set(seller.handle, result.id)
  }

  const bySeller = new Map<string, SellerProductInput[]>()
  const add = (sellerHandle: string, product: SellerProductInput) => {
    bySeller.set(sellerHandle, [...(bySeller.get(sellerHandle) ?? []), product])
  }

  for (const p of data.products) {
    const offeredAt = p.center_handles.map((h) => centers.get(h)!)
    add(p.seller_handle, {
      title: p.title,
      subtitle: p.subtitle,
      handle: p.handle,
      description: p.description,
      status: "published",
      type_id: typeId("goods"),
      category_ids: [categoryIds.get(p.category_handle)!],
      thumbnail: images.get(p.image.filename),
      images: [{ url: images.get(p.image.filename)! }],
      weight: p.weight_g,
      material: p.material,
      options: [{ title: p.option_title, values: p.variants.map((v) => v.option_value) }],
      variants: p.variants.map((v) => ({
        title: v.title,
        sku: v.sku,
        manage_inventory: true,
        options: { [p.option_title]: v.option_value },
        prices: [{ currency_code: "rub", amount: v.price }],
      })),
      // the artisan's choice of centers (see the update-seller-product workflow)
      metadata: { offered_center_ids: offeredAt.map((c) => c.id) },
      sales_channels: offeredAt.map((c) => ({ id: c.sales_channel_id })),
      location_ids: offeredAt.map((c) => c.stock_location_id),
      stock_by_sku: Object.fromEntries(p.variants.map((v) => [v.sku, v.stock])),
    })
  }

  for (const c of data.classes) {
    const center = centers.get(c.center_handle)!
    const labels = c.sessions.map((s) => sessionLabel(s.starts_at))
    add(c.seller_handle, {
      title: c.title,
      handle: c.handle,
      description: c.description,
      status: "published",
      type_id: typeId("masterclass"),
      thumbnail: images.get(c.image.filename),
      images: [{ url: images.get(c.image.filename)! }],
      metadata: { materials_fee: c.materials_fee, level: c.level, cancellation_hours: 24 },
      options: [{ title: "Сеанс", values: labels }],
      variants: c.sessions.map((s, i) => ({
        title: labels[i],
        sku: `${c.handle}-${i + 1}`,
        manage_inventory: true,
        options: { "Сеанс": labels[i] },
        prices: [{ currency_code: "rub", amount: s.price }],
        metadata: {
          starts_at: s.starts_at.toISOString(),
          ends_at: s.ends_at.toISOString(),
          center_id: center.id,
        },
      })),
      sales_channels: [{ id: center.sales_channel_id }],
      location_ids: [center.stock_location_id],
      stock_by_sku: Object.fromEntries(c.sessions.map((s, i) => [`${c.handle}-${i + 1}`, s.capacity])),
    })
  }

  const createdProducts = new Map<string, any>()
  for (const [sellerHandle, products] of bySeller) {
    const { result } = await createSellerProductsWorkflow(container).run({
      input: { seller_id: sellerIds.get(sellerHandle)!, products },
    })
    for (const p of result) createdProducts.set(p.handle, p)
  }
  // issue 4: each class session gets its record and its room's time
  await seedClassSessions(container, data.classes, createdProducts, centers, sellerIds)

  const demoManager = DEMO_LOGINS.find((l) => l.role === "manager")!
  await createManagerWorkflow(container).run({
    input: {
      email: demoManager.email,
      password: demoManager.password,
      first_name: "Ольга",
      last_name: "Смирнова",
      center_ids: data.centers.slice(0, 2).map((c) => centers.get(c.handle)!.id),
    },
  })

  // last: its presence tells later starts the demo data is complete
  await createOperator(container)

  logger.info(
    `Demo data loaded into region ${regions[0].name}: ${centers.size} centers, ${sellerIds.size} sellers.`
  )
}

async function uploadImages(container: ExecArgs["container"], images: DemoImage[]) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: images.map((image) => ({
        filename: image.filename,
        mimeType: image.mime_type,
        content: Buffer.from(image.content, "utf8").toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return new Map(images.map((image, i) => [image.filename, result[i].url]))
}

async function registerLogin(container: ExecArgs["container"], login: { email: string; password: string }) {
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: login.email, password: login.password },
  } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not create the demo login ${login.email}: ${error}`)
  }
  return authIdentity.id
}

async function createOperator(container: ExecArgs["container"]) {
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerLogin(container, DEMO_OPERATOR),
      userData: { email: DEMO_OPERATOR.email, first_name: "Оператор", last_name: "Соседи" },
    },
  })
}

