import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** An artisan files goods only under a public category of the catalog (null = none). */
export const validateProductCategoryStep = createStep(
  "validate-product-category",
  async (input: { category_id?: string | null }, { container }) => {
    if (!input.category_id) {
      return new StepResponse(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [category] } = await query.graph({
      entity: "product_category",
      fields: ["id", "is_active", "is_internal"],
      filters: { id: input.category_id },
    })
    if (!category || !category.is_active || category.is_internal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "category_id: такой категории нет в каталоге")
    }
    return new StepResponse(category.id as string)
  }
)
