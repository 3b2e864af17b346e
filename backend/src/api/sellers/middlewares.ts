import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { sellerClassMiddlewares } from "./me/classes/middlewares"
import {
  requireActiveSeller,
  requireExhibitAtMyCenter,
  requireOwnClass,
  requireOwnOrder,
  requireOwnProduct,
  requireOwnSession,
  resolveSeller,
} from "../utils/actors"
import { PostExhibitApplication } from "./me/exhibits/validators"
import { validateBodyWithFieldErrors } from "../admin/utils/validate-body"
import {
  GetEarnings,
  GetSellerProducts,
  PostProductImport,
  PostReceipt,
  PostSellerOrderStatus,
  PostSellerProduct,
  PostSellerProductUpdate,
  PostSellerProfile,
  PostSellerSignUp,
  PostSellerVariant,
} from "./validators"
import { receivePhotos } from "./uploads"
import { sellerNotificationMiddlewares } from "./me/notifications/middlewares" // issue 6

export const sellerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/sellers",
    middlewares: [
      authenticate("seller", ["bearer", "session"], { allowUnregistered: true }),
      validateAndTransformBody(PostSellerSignUp),
    ],
  },
  {
    // every /sellers/me route: who is calling is decided here and nowhere else
    matcher: "/sellers/me",
    middlewares: [authenticate("seller", ["bearer", "session"]), resolveSeller, requireActiveSeller],
  },
  {
    methods: ["GET"],
    matcher: "/sellers/me/products",
    middlewares: [validateAndTransformQuery(GetSellerProducts, {})],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/products",
    middlewares: [validateAndTransformBody(PostSellerProduct)],
  },
  {
    matcher: "/sellers/me/products/:id",
    middlewares: [requireOwnProduct],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/products/:id",
    middlewares: [validateAndTransformBody(PostSellerProductUpdate)],
  },
  {
    matcher: "/sellers/me/orders/:id",
    middlewares: [requireOwnOrder],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/orders/:id",
    middlewares: [validateAndTransformBody(PostSellerOrderStatus)],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/orders/:id/receipt",
    middlewares: [validateAndTransformBody(PostReceipt)],
  },
  {
    methods: ["GET"],
    matcher: "/sellers/me/earnings",
    middlewares: [validateAndTransformQuery(GetEarnings, {})],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/product-imports",
    middlewares: [validateAndTransformBody(PostProductImport)],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/products/:id/variants/:variant_id",
    middlewares: [validateAndTransformBody(PostSellerVariant)],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/uploads",
    // multipart: the JSON body parser must leave it to multer
    bodyParser: false,
    middlewares: [receivePhotos],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me",
    middlewares: [validateAndTransformBody(PostSellerProfile)],
  },
  // issue 4: master classes and their sessions
  ...sellerClassMiddlewares({ requireOwnClass, requireOwnSession }),
  // ---- pop-up exhibits (issue 6) ----
  {
    matcher: "/sellers/me/exhibits/:exhibit_id",
    middlewares: [requireExhibitAtMyCenter],
  },
  {
    methods: ["POST"],
    matcher: "/sellers/me/exhibits/:exhibit_id/application",
    middlewares: [validateBodyWithFieldErrors(PostExhibitApplication)],
  },
  ...sellerNotificationMiddlewares,
]
