-- Tag expiries of the data cache, shared by every app instance (lib/cache/shared-tag-cache-handler.js).
CREATE TABLE "cache_tag_expiries" (
    "tag" TEXT NOT NULL,
    "expired_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cache_tag_expiries_pkey" PRIMARY KEY ("tag")
);
