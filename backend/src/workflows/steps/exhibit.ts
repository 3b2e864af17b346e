import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { EXHIBIT_MODULE } from "../../modules/exhibit"
import type ExhibitModuleService from "../../modules/exhibit/service"
import type { Decision } from "../../modules/exhibit/service"
import {
  checkAcceptsApplications,
  checkExhibitDates,
  checkExhibitStatusMove,
  type ExhibitStatus,
  type Refusal,
} from "../../modules/exhibit/rules"
import CenterSalesChannelLink from "../../links/center-sales-channel"
import CenterSellerLink from "../../links/center-seller"

const service = (container: { resolve: (k: string) => unknown }) => container.resolve(EXHIBIT_MODULE) as ExhibitModuleService

const refuse = (refusal: Refusal, type: string = MedusaError.Types.INVALID_DATA): never => {
  throw new MedusaError(type as any, `${refusal.field}: ${refusal.message}`)
}

export type ExhibitInput = {
  title: string
  description?: string
  place: string
  starts_at: string | Date
  ends_at: string | Date
  apply_until: string | Date
  places: number
  status?: ExhibitStatus
}

const EXHIBIT_FIELDS = ["title", "description", "place", "starts_at", "ends_at", "apply_until", "places", "status"] as const

async function exhibitOfCenter(container: any, center_id: string, exhibit_id: string) {
  const [exhibit] = await service(container).listExhibits({ id: exhibit_id, center_id }, { take: 1 })
  if (!exhibit) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "exhibit_id: в этом центре нет такой выставки")
  }
  return exhibit
}

async function approvedCount(container: any, exhibit_id: string) {
  const [, count] = await service(container).listAndCountExhibitApplications({ exhibit_id, status: "approved" }, { take: 1 })
  return count
}

export const createExhibitStep = createStep(
  "create-exhibit",
  async (input: ExhibitInput & { center_id: string }, { container }) => {
    const dates = checkExhibitDates(input)
    if (dates) refuse(dates)
    if (input.status && !["draft", "open"].includes(input.status)) {
      refuse({ field: "status", message: "новая выставка — черновик или открыта для заявок" })
    }
    const exhibit = await service(container).createExhibits({
      ...input,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
      apply_until: new Date(input.apply_until),
    })
    return new StepResponse(exhibit, exhibit.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteExhibits(id)
  }
)

export const updateExhibitStep = createStep(
  "update-exhibit",
  async (input: { center_id: string; exhibit_id: string; update: Partial<ExhibitInput> }, { container }) => {
    const before = await exhibitOfCenter(container, input.center_id, input.exhibit_id)
    const merged = { ...before, ...input.update } as any
    const dates = checkExhibitDates(merged)
    if (dates) refuse(dates)
    if (input.update.status) {
      const move = checkExhibitStatusMove(before.status as ExhibitStatus, input.update.status)
      if (move) refuse(move, MedusaError.Types.NOT_ALLOWED)
    }
    if (input.update.places !== undefined) {
      const approved = await approvedCount(container, before.id)
      if (input.update.places < approved) {
        refuse({ field: "places", message: `уже одобрено мастеров: ${approved}, мест не может быть меньше` })
      }
    }
    const update: Record<string, unknown> = { ...input.update }
    for (const key of ["starts_at", "ends_at", "apply_until"]) {
      if (update[key]) update[key] = new Date(update[key] as string)
    }
    const exhibit = await service(container).updateExhibits({ id: before.id, ...update })
    const previous = Object.fromEntries(
      EXHIBIT_FIELDS.filter((k) => k in input.update).map((k) => [k, (before as any)[k]])
    )
    return new StepResponse(exhibit, { id: before.id, ...previous })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateExhibits(previous as any)
  }
)

export type ApplicationInput = { seller_id: string; exhibit_id: string; product_ids: string[]; note?: string }

/**
 * Refuses an application the rules do not allow: the artisan approved at the exhibit's center,
 * the exhibit taking applications, and only the artisan's own published goods from that center's shop.
 */
export const validateExhibitApplicationStep = createStep(
  "validate-exhibit-application",
  async (input: ApplicationInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [exhibit] = await service(container).listExhibits({ id: input.exhibit_id }, { take: 1 })
    if (!exhibit || exhibit.status === "draft") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "exhibit_id: выставка не найдена")
    }
    const { data: [membership] } = await query.graph({
      entity: CenterSellerLink.entryPoint,
      fields: ["status"],
      filters: { center_id: exhibit.center_id, seller_id: input.seller_id },
    })
    if ((membership as any)?.status !== "approved") {
      refuse({ field: "seller_id", message: "подать заявку могут только мастера, одобренные этим центром" }, MedusaError.Types.NOT_ALLOWED)
    }
    const accepts = checkAcceptsApplications(exhibit, await approvedCount(container, exhibit.id))
    if (accepts) refuse(accepts, MedusaError.Types.NOT_ALLOWED)

    const ids = [...new Set(input.product_ids)]
    if (!ids.length) {
      refuse({ field: "product_ids", message: "выберите хотя бы один товар" })
    }
    const { data: [channel] } = await query.graph({
      entity: CenterSalesChannelLink.entryPoint,
      fields: ["sales_channel_id"],
      filters: { center_id: exhibit.center_id },
    })
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "status", "seller.id", "sales_channels.id"],
      filters: { id: ids },
    })
    for (const id of ids) {
      const product = products.find((p: any) => p.id === id) as any
      if (!product || product.seller?.id !== input.seller_id) {
        refuse({ field: "product_ids", message: "можно выбрать только свои товары" })
      }
      if (product.status !== "published") {
        refuse({ field: "product_ids", message: `товар «${product.title}» не опубликован` })
      }
      if (!(product.sales_channels ?? []).some((c: any) => c?.id === (channel as any)?.sales_channel_id)) {
        refuse({ field: "product_ids", message: "товар должен продаваться в магазине этого центра" })
      }
    }
    return new StepResponse({ exhibit_id: exhibit.id, product_ids: ids })
  }
)

type ApplicationUndo = { created?: string; previous?: Record<string, unknown> }

/** Creates the application, or changes a pending one (or renews a withdrawn one). */
export const saveExhibitApplicationStep = createStep(
  "save-exhibit-application",
  async (input: ApplicationInput, { container }) => {
    const exhibits = service(container)
    const [existing] = await exhibits.listExhibitApplications(
      { exhibit_id: input.exhibit_id, seller_id: input.seller_id },
      { take: 1 }
    )
    const fields = { product_ids: [...new Set(input.product_ids)], note: input.note ?? "" }
    if (!existing) {
      const created = await exhibits.createExhibitApplications({
        ...fields,
        exhibit_id: input.exhibit_id,
        seller_id: input.seller_id,
        status: "pending",
      } as any)
      return new StepResponse<any, ApplicationUndo>(created, { created: created.id })
    }
    if (existing.status === "approved" || existing.status === "declined") {
      refuse({ field: "status", message: "по заявке уже принято решение, изменить её нельзя" }, MedusaError.Types.NOT_ALLOWED)
    }
    const updated = await exhibits.updateExhibitApplications({
      id: existing.id,
      ...fields,
      status: "pending",
      decision_note: null,
      decided_at: null,
    } as any)
    const { id, product_ids, note, status, decision_note, decided_at } = existing as any
    return new StepResponse<any, ApplicationUndo>(updated, { previous: { id, product_ids, note, status, decision_note, decided_at } })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.created) await service(container).deleteExhibitApplications(undo.created)
    if (undo.previous) await service(container).updateExhibitApplications(undo.previous as any)
  }
)

export const decideExhibitApplicationStep = createStep(
  "decide-exhibit-application",
  async (input: Decision & { center_id: string }, { container }) => {
    await exhibitOfCenter(container, input.center_id, input.exhibit_id)
    const { before, after } = await service(container).decideApplication(input)
    const [application] = await service(container).listExhibitApplications({ id: after.id }, { take: 1 })
    return new StepResponse(application, before)
  },
  async (before, { container }) => {
    if (before) {
      await service(container).updateExhibitApplications({
        id: before.id,
        status: before.status,
        decision_note: before.decision_note,
        decided_at: before.decided_at,
      } as any)
    }
  }
)

export const withdrawExhibitApplicationStep = createStep(
  "withdraw-exhibit-application",
  async (input: { seller_id: string; exhibit_id: string }, { container }) => {
    const [application] = await service(container).listExhibitApplications(
      { exhibit_id: input.exhibit_id, seller_id: input.seller_id },
      { take: 1 }
    )
    if (!application || application.status === "withdrawn") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "exhibit_id: заявки на эту выставку нет")
    }
    if (application.status !== "pending") {
      refuse({ field: "status", message: "отозвать можно только заявку на рассмотрении" }, MedusaError.Types.NOT_ALLOWED)
    }
    const updated = await service(container).updateExhibitApplications({ id: application.id, status: "withdrawn" })
    return new StepResponse(updated, { id: application.id, status: application.status })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updateExhibitApplications(previous as any)
  }
)

/**
 * Where the artisan is told: their profile e-mail, else the e-mail they sign in with.
 */
export const sellerEmailStep = createStep("exhibit-seller-email", async (input: { seller_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id", "name", "email"], filters: { id: input.seller_id } })
  let email: string | null = (seller as any)?.email ?? null
  if (!email) {
    const auth = container.resolve(Modules.AUTH) as any
    const identities = await auth.listAuthIdentities(
      { app_metadata: { seller_id: input.seller_id } },
      { relations: ["provider_identities"] }
    )
    email =
      identities
        .flatMap((i: any) => i.provider_identities ?? [])
        .find((p: any) => p.provider === "emailpass")?.entity_id ?? null
  }
  return new StepResponse({ email, name: (seller as any)?.name ?? "" })
})
