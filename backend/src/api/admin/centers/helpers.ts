import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminCenterFields } from "./query-config"

export function managerName(manager: { first_name?: string | null; last_name?: string | null }) {
  return [manager.first_name, manager.last_name].filter(Boolean).join(" ")
}

/** The operator's view of a center: its shop and pickup point as ids, managers with a display name. */
export function formatAdminCenter(center: any) {
  const { sales_channel, stock_location, managers, ...rest } = center
  return {
    ...rest,
    sales_channel_id: sales_channel?.id ?? null,
    stock_location_id: stock_location?.id ?? null,
    ...(managers === undefined
      ? {}
      : {
          managers: (managers ?? [])
            .map((m: any) => ({ ...m, name: managerName(m) }))
            .sort((a: any, b: any) => a.name.localeCompare(b.name, "ru")),
        }),
  }
}

export async function retrieveAdminCenter(scope: MedusaContainer, id: string, fields: string[] = adminCenterFields) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [center] } = await query.graph({ entity: "center", fields, filters: { id } })
  if (!center) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Центр ${id} не найден`)
  }
  return formatAdminCenter(center)
}
