// A focal point saves their progress update as a draft ("Save draft", and autosave while they type): resumable
// another day, invisible to anyone else until submitted. The rules are in ./write-progress-update.ts.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { writeProgressUpdate, type WriteProgressUpdateResult } from "./write-progress-update";

export function saveUpdateDraft(actor: SessionUser | null, input: unknown): Promise<WriteProgressUpdateResult> {
  return writeProgressUpdate(actor, input, "draft");
}
