// /manage/centers/:id/rooms — the center's rooms: add, edit, remove (after a confirmation step,
// reached by a plain link so it works without JavaScript). Another center's id is a 404.
import { isRefusal } from "../accounts";
import type { FieldMessage } from "../backend-errors";
import { formString, href, isPost, readForm, seeOther, type Ctx } from "../http";
import type { MessageKey } from "../i18n";
import { getCenterProfile, type ManagedCenter } from "../manage";
import {
  createRoom,
  deleteRoom,
  listRooms,
  mapRoomErrors,
  roomFromForm,
  roomValues,
  updateRoom,
  validateRoom,
  type ManagedRoom,
  type RoomField,
  type RoomHours,
  type RoomValues,
} from "../manage-rooms";
import { errorMessage, isBackendUnavailable, normalizeError } from "../medusa";
import type { BasePageData } from "./common";
import { withManagedCenter } from "./managed-center";

export interface RoomForm {
  /** null: the «new room» form */
  roomId: string | null;
  values: RoomValues;
  errors: Partial<Record<RoomField, FieldMessage>>;
  general: FieldMessage[];
}

export interface ManageCenterRoomsData extends BasePageData {
  status?: number;
  center: ManagedCenter;
  rooms: ManagedRoom[];
  /** the center's own hours: a room without its own keeps these */
  centerHours: Partial<RoomHours> | null;
  /** the form that was sent and refused, with what was typed */
  form: RoomForm | null;
  /** the room the manager asked to remove: shown with «Remove» / «Keep» */
  confirmDelete: ManagedRoom | null;
  notice: MessageKey | null;
}

const NOTICES: Record<string, MessageKey> = {
  created: "manage.rooms.created",
  saved: "manage.rooms.saved",
  deleted: "manage.rooms.deleted",
};

export async function loadManageCenterRooms(ctx: Ctx): Promise<Response | ManageCenterRoomsData> {
  return withManagedCenter<ManageCenterRoomsData>(ctx, async ({ locale, sdk, token, center }) => {
    const [rooms, profile] = await Promise.all([listRooms(sdk, token, center.id), getCenterProfile(sdk, token, center.id)]);
    const self = `/manage/centers/${center.id}/rooms`;
    const data: ManageCenterRoomsData = {
      locale,
      center,
      rooms,
      centerHours: profile.opening_hours ?? null,
      form: null,
      confirmDelete: rooms.find((r) => r.id === ctx.url.searchParams.get("delete")) ?? null,
      notice: NOTICES[ctx.url.searchParams.get("done") ?? ""] ?? null,
    };
    if (!isPost(ctx)) return data;

    data.notice = null;
    data.confirmDelete = null;
    const form = await readForm(ctx.request);
    const intent = formString(form, "intent", 20);
    const roomId = formString(form, "room_id", 100);
    const room = rooms.find((r) => r.id === roomId) ?? null;
    if (intent !== "create" && !room) return seeOther(href(locale, self));

    if (intent === "delete") {
      await deleteRoom(sdk, token, center.id, room!.id);
      return seeOther(href(locale, self, { done: "deleted" }));
    }

    const values = roomFromForm(form);
    const result = validateRoom(values);
    data.status = 422;
    data.form = { roomId: intent === "create" ? null : room!.id, values, errors: result.errors, general: [] };
    if (!result.body) return data;
    try {
      if (intent === "create") await createRoom(sdk, token, center.id, result.body);
      else await updateRoom(sdk, token, center.id, room!.id, result.body);
    } catch (error) {
      if (isBackendUnavailable(error) || !isRefusal(error)) throw normalizeError(error);
      const mapped = mapRoomErrors(errorMessage(error));
      data.form.errors = Object.fromEntries(Object.entries(mapped.fields).map(([k, v]) => [k, { text: v! }]));
      data.form.general = mapped.general.map((text) => ({ text }));
      if (!Object.keys(data.form.errors).length && !data.form.general.length) data.form.general = ["manage.rooms.error"];
      return data;
    }
    const anchor = intent === "create" ? "" : `#room-${room!.id}`;
    return seeOther(href(locale, self, { done: intent === "create" ? "created" : "saved" }) + anchor);
  });
}

/** The values a room's form shows: what was just typed when that form was refused, else the room. */
export function formFor(data: Pick<ManageCenterRoomsData, "form"> & Partial<Pick<ManageCenterRoomsData, "centerHours">>, room: ManagedRoom | null): RoomForm {
  const roomId = room?.id ?? null;
  if (data.form && data.form.roomId === roomId) return data.form;
  return { roomId, values: roomValues(room ?? undefined, data.centerHours), errors: {}, general: [] };
}
