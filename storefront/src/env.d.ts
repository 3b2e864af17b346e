/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Per-request js-sdk client (see src/lib/medusa.ts). */
    sdk?: import("./lib/medusa").Sdk;
    /** Per-request memo of the current cart (see src/lib/cart.ts). */
    cartPromise?: Promise<unknown>;
  }
}
