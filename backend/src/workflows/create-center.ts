import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { CENTER_MODULE } from "../modules/center"
import { createCenterStep, CreateCenterStepInput } from "./steps/create-center"
import { ensureDefaultShippingProfileStep } from "./steps/ensure-default-shipping-profile"

export type CreateCenterWorkflowInput = CreateCenterStepInput

export const PICKUP_SHIPPING_OPTION_CODE = "pickup"

/**
 * A center is a shop (sales channel), a pickup point (stock location with a free pickup option)
 * and our own record, created together so that none exists without the others.
 */
export const createCenterWorkflow = createWorkflow(
  "create-center",
  (input: CreateCenterWorkflowInput) => {
    const shippingProfileId = ensureDefaultShippingProfileStep()

    const salesChannelInput = transform({ input }, ({ input }) => ({
      salesChannelsData: [
        { name: `Магазин: ${input.name}`, description: `Товары соседей, ${input.district}` },
      ],
    }))
    const salesChannels = createSalesChannelsWorkflow.runAsStep({ input: salesChannelInput })

    const locationInput = transform({ input }, ({ input }) => ({
      locations: [
        {
          name: input.name,
          address: { address_1: input.address, city: "Москва", country_code: "ru" },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })

    const fulfillmentSetInput = transform({ input }, ({ input }) => [
      {
        name: `Самовывоз: ${input.name} (${input.handle})`,
        type: "pickup",
        service_zones: [
          {
            name: `Самовывоз: ${input.name}`,
            geo_zones: [{ type: "country" as const, country_code: "ru" }],
          },
        ],
      },
    ])
    const fulfillmentSets = createFulfillmentSets(fulfillmentSetInput)

    // Last of the creations, so a taken handle proves the others are compensated.
    const center = createCenterStep(input)

    const links = transform(
      { center, salesChannels, locations, fulfillmentSets },
      ({ center, salesChannels, locations, fulfillmentSets }): LinkDefinition[] => [
        {
          [CENTER_MODULE]: { center_id: center.id },
          [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannels[0].id },
        },
        {
          [CENTER_MODULE]: { center_id: center.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
          [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSets[0].id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
        },
      ]
    )
    createRemoteLinkStep(links)

    const channelLocation = transform({ salesChannels, locations }, (data) => ({
      id: data.locations[0].id,
      add: [data.salesChannels[0].id],
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: channelLocation })

    const shippingOptions = transform(
      { fulfillmentSets, shippingProfileId },
      ({ fulfillmentSets, shippingProfileId }) => [
        {
          name: "Самовывоз из центра",
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSets[0].service_zones[0].id,
          shipping_profile_id: shippingProfileId,
          type: {
            label: "Самовывоз",
            description: "Заберите заказ в соседском центре",
            code: PICKUP_SHIPPING_OPTION_CODE,
          },
          prices: [{ currency_code: "rub", amount: 0 }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        },
      ]
    )
    createShippingOptionsWorkflow.runAsStep({ input: shippingOptions })

    const result = transform({ center, salesChannels, locations }, (data) => ({
      center: data.center,
      sales_channel_id: data.salesChannels[0].id,
      stock_location_id: data.locations[0].id,
    }))
    return new WorkflowResponse(result)
  }
)
