import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { ScopedRequest } from "../../../utils/actors"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer; size: number }

/** An artisan's product photos, stored by Medusa's file module (the local provider by default). */
export const POST = async (req: ScopedRequest, res: MedusaResponse) => {
  const files = ((req as any).files ?? []) as UploadedFile[]
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: выберите фотографию")
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({
        filename: f.originalname,
        mimeType: f.mimetype,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map((f: any) => ({ id: f.id, url: f.url })) })
}
