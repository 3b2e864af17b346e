import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { manageMiddlewares } from "./manage/middlewares"
import { sellerMiddlewares } from "./sellers/middlewares"
import { storeCentersMiddlewares } from "./store/centers/middlewares"
import { storeClassesMiddlewares } from "./store/classes/middlewares"
import { storeProductOriginMiddlewares } from "./store/products/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares" // issue 5: search

export default defineMiddlewares({
  routes: [
    ...storeCentersMiddlewares,
    ...storeSellersMiddlewares,
    ...storeProductOriginMiddlewares,
    ...storeClassesMiddlewares,
    ...storeSearchMiddlewares, // issue 5: search (+ announces curation/membership changes to the index)
    ...adminMiddlewares,
    ...sellerMiddlewares,
    ...manageMiddlewares,
  ],
})
