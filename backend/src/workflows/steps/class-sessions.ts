import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import CenterSellerLink from "../../links/center-seller"
import { MASTERCLASS_MODULE } from "../../modules/masterclass"
import type MasterclassModuleService from "../../modules/masterclass/service"
import { moscowDateTime } from "../../modules/masterclass/utils/tickets"
import { mapOverlap } from "../../modules/room-booking/errors"
import { findRoom, releaseExpiredHolds, roomBookings, toRange } from "./room-occupancy"

export const MASTERCLASS_TYPE_VALUE = "masterclass"

/** The product type of classes; created on first use so a fresh shop works too. */
export const ensureMasterclassTypeStep = createStep("ensure-masterclass-type", async (_: void, { container }) => {
  const product = container.resolve(Modules.PRODUCT)
  const [existing] = await product.listProductTypes({ value: MASTERCLASS_TYPE_VALUE })
  if (existing) {
    return new StepResponse(existing.id)
  }
  const created = await product.createProductTypes({ value: MASTERCLASS_TYPE_VALUE })
  return new StepResponse(created.id)
})

export type SessionPlace = {
  center_id: string
  room_id: string
  room_capacity: number
  stock_location_id: string
  sales_channel_id: string
}

/**
 * Where a new or moved session happens: a room of a center that approved the seller and that
 * sells the class. Also refuses times in the past and a capacity above the room's.
 */
export const resolveSessionPlaceStep = createStep(
  "resolve-class-session-place",
  async (
    input: { seller_id: string; product_id: string; room_id: string; starts_at: string[]; capacity?: number },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [room] } = await query.graph({
      entity: "room",
      fields: ["id", "capacity", "center.id", "center.stock_location.id", "center.sales_channel.id"],
      filters: { id: input.room_id },
    })
    const centerId = (room as any)?.center?.id
    const { data: memberships } = centerId
      ? await query.graph({
          entity: CenterSellerLink.entryPoint,
          fields: ["center_id"],
          filters: { seller_id: input.seller_id, center_id: centerId, status: "approved" },
        })
      : { data: [] as any[] }
    if (!room || !memberships.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "room_id: выберите зал центра, где вас одобрил менеджер")
    }
    if (input.capacity !== undefined && input.capacity > Number((room as any).capacity)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `capacity: в этом зале помещается не больше ${(room as any).capacity} человек`
      )
    }
    const now = Date.now()
    if (input.starts_at.some((s) => Date.parse(s) <= now)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_at: время занятия уже прошло")
    }
    const { data: [product] } = await query.graph({
      entity: "product",
      fields: ["id", "sales_channels.id"],
      filters: { id: input.product_id },
    })
    const channel = (room as any).center.sales_channel?.id
    const location = (room as any).center.stock_location?.id
    if (!product || !channel || !location) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "room_id: у центра нет магазина или пункта выдачи")
    }
    return new StepResponse({
      center_id: centerId as string,
      room_id: input.room_id,
      room_capacity: Number((room as any).capacity),
      stock_location_id: location as string,
      sales_channel_id: channel as string,
      in_channel: ((product as any).sales_channels ?? []).some((s: any) => s.id === channel),
    })
  }
)

/**
 * A room hosts one session at a time (among our sessions; the rooms module guards its own bookings).
 * Runs inside the workflow after the sessions exist, so two racing creations both see each other
 * only through this check: it is the fallback when the room-occupancy steps are not available.
 */
export const ensureRoomFreeForSessionsStep = createStep(
  "ensure-room-free-for-sessions",
  async (input: { room_id: string; ranges: { starts_at: string; ends_at: string }[]; except_ids?: string[] }, { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    for (const [i, r] of input.ranges.entries()) {
      for (const other of input.ranges.slice(i + 1)) {
        if (Date.parse(r.starts_at) < Date.parse(other.ends_at) && Date.parse(other.starts_at) < Date.parse(r.ends_at)) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "starts_at: занятия серии пересекаются по времени")
        }
      }
      const clashes = await service.listClassSessions({
        room_id: input.room_id,
        status: "scheduled",
        starts_at: { $lt: new Date(r.ends_at) },
        ends_at: { $gt: new Date(r.starts_at) },
        ...(input.except_ids?.length ? { id: { $nin: input.except_ids } } : {}),
      } as any)
      if (clashes.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `starts_at: зал занят в это время (${moscowDateTime(clashes[0].starts_at)} по Москве)`
        )
      }
    }
    return new StepResponse(true)
  }
)

type NewSession = {
  product_id: string
  variant_id: string
  seller_id: string
  center_id: string
  room_id: string
  starts_at: string
  ends_at: string
  capacity: number
}

export const createClassSessionsStep = createStep(
  "create-class-sessions",
  async (input: NewSession[], { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const created: any[] = await service.createClassSessions(
      input.map((s) => ({ ...s, starts_at: new Date(s.starts_at), ends_at: new Date(s.ends_at) })) as any[]
    )
    return new StepResponse(created, created.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.deleteClassSessions(ids)
  }
)

/** Updates sessions and keeps what they were, to put it back if a later step fails. */
export const updateClassSessionsStep = createStep(
  "update-class-sessions",
  async (input: ({ id: string } & Record<string, unknown>)[], { container }) => {
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    const before = await service.listClassSessions({ id: input.map((s) => s.id) })
    const updated: any[] = await service.updateClassSessions(input as any[])
    return new StepResponse(
      updated,
      before.map(({ id, room_id, starts_at, ends_at, capacity, status, cancelled_reason }) => ({
        id,
        room_id,
        starts_at,
        ends_at,
        capacity,
        status,
        cancelled_reason,
      }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: MasterclassModuleService = container.resolve(MASTERCLASS_MODULE)
    await service.updateClassSessions(before as any)
  }
)

/** Loads a session with its class, or answers 404. */
export const loadClassSessionStep = createStep(
  "load-class-session",
  async (input: { session_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [session] } = await query.graph({
      entity: "class_session",
      fields: ["*", "product_variant.id", "product_variant.product.title", "product_variant.product.metadata", "product_variant.inventory_items.inventory_item_id"],
      filters: { id: input.session_id },
    })
    if (!session) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "session_id: занятие не найдено")
    }
    return new StepResponse(session as any)
  }
)

/**
 * Each session takes its room's time in the rooms module (kind `session`, source = the session),
 * where the database refuses overlaps with bookings, blocks and other sessions. A series is taken
 * all or nothing.
 */
export const occupyRoomForSessionsStep = createStep(
  "occupy-room-for-class-sessions",
  async (input: { id: string; room_id: string | null; starts_at: Date | string; ends_at: Date | string }[], { container }) => {
    const created: string[] = []
    const service = roomBookings(container)
    try {
      for (const s of input) {
        if (!s.room_id) continue
        const range = toRange(s)
        const room = await findRoom(container, s.room_id)
        await releaseExpiredHolds(container, { room_id: room.id })
        const booking = await mapOverlap(() =>
          service.createRoomBookings({
            room_id: room.id,
            center_id: room.center_id ?? room.center?.id,
            kind: "session",
            status: "confirmed",
            ...range,
            source_id: s.id,
            purpose: null,
            price: 0,
            confirmed_at: new Date(),
          } as any)
        )
        created.push((booking as any).id)
      }
    } catch (e) {
      if (created.length) await service.deleteRoomBookings(created)
      throw e
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) await roomBookings(container).deleteRoomBookings(created)
  }
)
