import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { manageMiddlewares } from "./manage/middlewares"
import { sellerMiddlewares } from "./sellers/middlewares"
import { storeCentersMiddlewares } from "./store/centers/middlewares"
import { storeClassesMiddlewares } from "./store/classes/middlewares"
import { storeMyNotificationsMiddlewares } from "./store/customers/me/notifications/middlewares"
import { storeProductOriginMiddlewares } from "./store/products/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeCentersMiddlewares,
    ...storeSellersMiddlewares,
    ...storeProductOriginMiddlewares,
    ...storeClassesMiddlewares,
    ...storeMyNotificationsMiddlewares,
    ...adminMiddlewares,
    ...sellerMiddlewares,
    ...manageMiddlewares,
  ],
})
