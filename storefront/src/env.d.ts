/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Per-request js-sdk client (see src/lib/medusa.ts). */
    sdk?: import("./lib/medusa").Sdk;
    /** Per-request memo of the current cart (see src/lib/cart.ts). */
    cartPromise?: Promise<unknown>;
    /** The page's language, set by src/middleware.ts from the URL's prefix (see src/lib/locale-routing.ts). */
    locale?: import("./lib/i18n").Locale;
    /** The requested path without its locale prefix, set by src/middleware.ts. */
    unprefixedPath?: string;
  }
}
