// Runtime configuration, read from process.env on every call (never baked in at build time),
// so one build runs against any backend.

export interface StorefrontConfig {
  backendUrl: string;
  publishableKey: string;
}

export function getConfig(): StorefrontConfig {
  const env = typeof process !== "undefined" ? process.env : ({} as Record<string, string | undefined>);
  return {
    backendUrl: (env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, ""),
    publishableKey: env.MEDUSA_PUBLISHABLE_KEY || "",
  };
}
