// A follow names its subject by kind and id (the slug may change); pages and feeds name it by slug.
import type { FollowTarget } from "@/lib/generated/prisma/enums";
import type { FeedScope } from "@/lib/domain/feed-scope";

export type FollowScope = Exclude<FeedScope, { kind: "all" }>;

export const TARGET_OF_SCOPE = { commitment: "COMMITMENT", member: "MEMBER", theme: "THEME" } as const satisfies Record<
  FollowScope["kind"],
  FollowTarget
>;

export const SCOPE_OF_TARGET = { COMMITMENT: "commitment", MEMBER: "member", THEME: "theme" } as const satisfies Record<
  FollowTarget,
  FollowScope["kind"]
>;
