import { orNull, type Sdk } from "./medusa";
import type { Order } from "./types";

/**
 * GET /store/orders/:id is open to guests in Medusa 2.21 (the order id — a random
 * ULID — is the capability). We only show what a pickup slip needs: number, items,
 * total and the center; no e-mail or phone.
 */
export async function getOrder(sdk: Sdk, orderId: string): Promise<Order | null> {
  if (!/^order_[A-Za-z0-9]{10,60}$/.test(orderId)) return null;
  const res = await orNull(
    sdk.store.order.retrieve(orderId, {
      fields: "+sales_channel_id",
    } as Record<string, unknown>) as unknown as Promise<{ order: Order }>,
  );
  return res?.order ?? null;
}
