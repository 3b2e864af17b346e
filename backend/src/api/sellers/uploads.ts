import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
// eslint-disable-next-line @typescript-eslint/no-var-requires
const multer = require("multer")

const MAX_BYTES = 5 * 1024 * 1024
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"]

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_BYTES, files: 10 },
  fileFilter: (_req: unknown, file: { mimetype: string }, done: (e: Error | null, ok?: boolean) => void) =>
    IMAGE_TYPES.includes(file.mimetype)
      ? done(null, true)
      : done(new MedusaError(MedusaError.Types.INVALID_DATA, "files: только фотографии JPEG, PNG, WebP или GIF")),
}).array("files")

/** Photos only, up to 5 MB each; multer's own errors become field-named 400s. */
export function receivePhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error: any) => {
    if (!error) {
      return next()
    }
    if (error.code === "LIMIT_FILE_SIZE") {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "files: фотография больше 5 МБ"))
    }
    if (error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE") {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "files: не больше 10 фотографий за раз"))
    }
    next(error)
  })
}
