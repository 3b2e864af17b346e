// Shapes of the custom Sosedi /store routes (see the API contract in the lead's brief)
// plus the small slices of Medusa's store types the pages use.

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** `[open, close]` in Moscow time ("10:00", "21:00"), or null when closed that day. */
export type OpeningHours = Partial<Record<Weekday, [string, string] | null>>;

export type TaxStatus = "npd" | "ip" | "individual" | "organization";

export interface CenterSummary {
  id: string;
  handle: string;
  name: string;
  district: string;
}

export interface Center extends CenterSummary {
  address: string;
  lat: number;
  lng: number;
  opening_hours: OpeningHours | null;
  phone: string | null;
  email: string | null;
  description: string;
  sales_channel_id: string;
  stock_location_id: string;
}

export interface Room {
  id: string;
  name: string;
  capacity: number;
  hourly_price: number;
  amenities: string[];
}

export interface SellerSummary {
  id: string;
  handle: string;
  name: string;
  bio: string;
  tax_status: TaxStatus;
  photo_url: string | null;
}

/** A card of the center's shop, as `GET /store/centers/:handle` returns a page of them. */
export interface ShopProduct {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  /** The cheapest variant, in roubles; null when no variant has a price. */
  price: number | null;
  seller: { handle: string; name: string } | null;
}

export interface CenterDetail extends Center {
  rooms: Room[];
  sellers: SellerSummary[];
  /** One page of the shop (`limit`/`offset` of the request) and the shop's total. */
  products: ShopProduct[];
  /** «Выбор центра»: the manager's picks, in order (same card shape as `products`). */
  featured_products?: ShopProduct[];
  products_count: number;
  limit: number;
  offset: number;
}

export interface SellerDetail extends SellerSummary {
  centers: CenterSummary[];
  product_ids: string[];
}

export interface OriginCenter extends CenterSummary {
  address: string;
  opening_hours: OpeningHours | null;
  sales_channel_id: string;
  /** Variant id -> units available for pickup here; null = stock not tracked. */
  stock: Record<string, number | null>;
}

export interface ProductOrigin {
  seller: SellerSummary | null;
  centers: OriginCenter[];
}

export interface ClassSession {
  variant_id: string;
  product_id: string;
  product_handle: string;
  title: string;
  thumbnail: string | null;
  starts_at: string;
  ends_at: string | null;
  seats_left: number;
  price: number | null;
  center: CenterSummary | null;
}

// ---- Medusa store slices -------------------------------------------------

export interface Region {
  id: string;
  name: string;
  currency_code: string;
}

export interface Variant {
  id: string;
  title: string | null;
  metadata?: Record<string, unknown> | null;
  sku?: string | null;
  manage_inventory?: boolean;
  allow_backorder?: boolean;
  calculated_price?: {
    calculated_amount: number | null;
    original_amount?: number | null;
    currency_code?: string | null;
  } | null;
  options?: { id: string; value: string; option_id?: string; option?: { id: string; title: string } | null }[] | null;
}

export interface Product {
  id: string;
  handle: string;
  title: string;
  subtitle?: string | null;
  description: string | null;
  thumbnail: string | null;
  images?: { id: string; url: string; rank?: number }[] | null;
  variants?: Variant[] | null;
  options?: { id: string; title: string; values?: { id: string; value: string }[] }[] | null;
  categories?: { id: string; name: string; handle: string }[] | null;
  type?: { id: string; value: string } | null;
}

export interface LineItem {
  id: string;
  title: string;
  subtitle?: string | null;
  thumbnail: string | null;
  quantity: number;
  unit_price: number;
  total?: number;
  subtotal?: number;
  variant_id: string | null;
  variant_title?: string | null;
  product_id?: string | null;
  product_title?: string | null;
  product_handle?: string | null;
  metadata?: Record<string, unknown> | null;
}

export interface Cart {
  id: string;
  email?: string | null;
  region_id?: string | null;
  sales_channel_id?: string | null;
  completed_at?: string | null;
  currency_code: string;
  items?: LineItem[] | null;
  total: number;
  subtotal?: number;
  item_total?: number;
  item_subtotal?: number;
  shipping_total?: number;
  discount_total?: number;
  promotions?: { id: string; code?: string | null }[] | null;
  payment_collection?: { id: string } | null;
  shipping_methods?: { id: string; shipping_option_id: string }[] | null;
}

export interface Order {
  id: string;
  display_id: number;
  email?: string | null;
  status?: string;
  currency_code: string;
  total: number;
  item_total?: number;
  discount_total?: number;
  created_at: string;
  sales_channel_id?: string | null;
  items?: LineItem[] | null;
  shipping_address?: {
    first_name?: string | null;
    last_name?: string | null;
    address_1?: string | null;
    city?: string | null;
  } | null;
}
