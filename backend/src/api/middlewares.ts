import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { manageMiddlewares } from "./manage/middlewares"
import { sellerMiddlewares } from "./sellers/middlewares"
import { roomMiddlewares } from "./store/room-bookings/middlewares"
import { storeCentersMiddlewares } from "./store/centers/middlewares"
import { storeClassesMiddlewares } from "./store/classes/middlewares"
import { classAwareErrorHandler } from "./store/classes/errors"
import { storeMyNotificationsMiddlewares } from "./store/customers/me/notifications/middlewares"
import { storeProductOriginMiddlewares } from "./store/products/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares" // issue 5: search
import { storeImpactMiddlewares } from "./store/impact/middlewares" // issue 6: questionnaire, feedback
import { storeCartScholarshipMiddlewares } from "./store/carts/[id]/scholarship/middlewares" // issue 6: scholarships

export default defineMiddlewares({
  // issue 4: class conflicts and sold-out checkouts answer 409 in Russian (otherwise Medusa's handler)
  errorHandler: classAwareErrorHandler as any,
  routes: [
    ...storeCentersMiddlewares,
    ...storeSellersMiddlewares,
    ...storeProductOriginMiddlewares,
    ...storeClassesMiddlewares,
    ...storeSearchMiddlewares, // issue 5: search (+ announces curation/membership changes to the index)
    ...storeMyNotificationsMiddlewares,
    ...adminMiddlewares,
    ...sellerMiddlewares,
    ...manageMiddlewares,
    ...roomMiddlewares,
    ...storeImpactMiddlewares, // issue 6: questionnaire on class seats, feedback, ratings
    ...storeCartScholarshipMiddlewares, // issue 6: a scholarship code in the cart
  ],
})
