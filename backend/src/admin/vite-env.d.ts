/// <reference types="vite/client" />

/** Set by the admin bundler from medusa-config's admin.backendUrl. */
declare const __BACKEND_URL__: string | undefined
