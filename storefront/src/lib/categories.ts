// The catalog's public categories (an artisan files each product under one).
import type { Sdk } from "./medusa";

export interface CategoryChoice {
  id: string;
  name: string;
}

export async function listCategories(sdk: Sdk): Promise<CategoryChoice[]> {
  const { product_categories } = (await sdk.store.category.list({ fields: "id,name", limit: 100 } as Record<string, unknown>)) as unknown as {
    product_categories: CategoryChoice[];
  };
  return [...(product_categories ?? [])].sort((a, b) => a.name.localeCompare(b.name, "ru"));
}
