// The only place that talks HTTP to the Medusa backend.
// One js-sdk client per request (cheap; nothing is shared between residents).
import Medusa, { FetchError } from "@medusajs/js-sdk";
import { getConfig } from "./config";

export type Sdk = Medusa;

export function createSdk(): Sdk {
  const { backendUrl, publishableKey } = getConfig();
  return new Medusa({
    baseUrl: backendUrl,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  });
}

/** Per-request memo: pages and the layout share one client (and one cart fetch). */
export interface RequestState {
  sdk?: Sdk;
  cartPromise?: Promise<unknown>;
}

export function sdkFor(locals: RequestState | undefined): Sdk {
  if (!locals) return createSdk();
  if (!locals.sdk) locals.sdk = createSdk();
  return locals.sdk;
}

/** GET one of our custom /store routes through the js-sdk (it adds the publishable key). */
export function storeGet<T>(sdk: Sdk, path: string, query?: Record<string, unknown>): Promise<T> {
  return sdk.client.fetch<T>(path, { query });
}

/** The backend could not be reached (refused, reset, DNS) or answered 502/503/504. */
export class BackendUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("Backend unavailable");
    this.name = "BackendUnavailableError";
    (this as { cause?: unknown }).cause = cause;
  }
}

export function httpStatus(error: unknown): number | undefined {
  if (error instanceof FetchError) return error.status;
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}

export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

export function isBackendUnavailable(error: unknown): boolean {
  if (error instanceof BackendUnavailableError) return true;
  const status = httpStatus(error);
  if (status === 502 || status === 503 || status === 504) return true;
  if (status !== undefined) return false;
  // Node's fetch throws TypeError("fetch failed") with a system error (ECONNREFUSED…) as cause.
  const e = error as { name?: string; message?: string; cause?: { code?: string } };
  return (
    e?.name === "TimeoutError" ||
    /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|UND_ERR_/i.test(String(e?.message ?? "")) ||
    /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(String(e?.cause?.code ?? ""))
  );
}

/** Error message from the backend (MedusaError message), for matching known cases. */
export function errorMessage(error: unknown): string {
  return String((error as { message?: unknown })?.message ?? "");
}

/**
 * Run a backend read; 404 becomes `null`, an unreachable backend becomes a
 * BackendUnavailableError (the error page shows a friendly «temporarily unavailable»).
 */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw normalizeError(error);
  }
}

export function normalizeError(error: unknown): unknown {
  return isBackendUnavailable(error) && !(error instanceof BackendUnavailableError)
    ? new BackendUnavailableError(error)
    : error;
}

/** For optional page sections: on any failure, log and fall back. */
export async function orFallback<T>(promise: Promise<T>, fallback: T, what: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isBackendUnavailable(error)) throw normalizeError(error);
    console.warn(`[storefront] ${what} failed: ${errorMessage(error)}`);
    return fallback;
  }
}
