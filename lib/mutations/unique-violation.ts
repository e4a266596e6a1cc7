import { Prisma } from "@/lib/generated/prisma/client";

/** True when a write failed on a unique index (two people saving the same slug at the same moment). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
