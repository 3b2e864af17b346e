import path from "path"

// Medusa require()s medusa-config.ts and module files itself, outside vitest's transform.
process.chdir(path.resolve(__dirname, "../.."))
// eslint-disable-next-line @typescript-eslint/no-var-requires
require("ts-node").register({
  project: path.resolve(__dirname, "../../tsconfig.json"),
  transpileOnly: true,
  swc: true,
})
process.env.SOSEDI_ADMIN = "off"
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"
