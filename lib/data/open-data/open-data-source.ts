import "server-only";
import type { OpenDataSource } from "@/lib/open-data/source";
import { iterateAssessmentRecords } from "./assessments";
import { iterateCommitmentRecords } from "./commitments";
import { iterateMeetingRecords } from "./meetings";
import { iterateMemberRecords } from "./members";
import { iterateThemeRecords } from "./themes";
import { iterateUpdateRecords } from "./updates";

/** The whole public dataset, read in batches as the download is written. */
export const openDataSource: OpenDataSource = {
  commitments: () => iterateCommitmentRecords(),
  updates: () => iterateUpdateRecords(),
  members: () => iterateMemberRecords(),
  themes: () => iterateThemeRecords(),
  meetings: () => iterateMeetingRecords(),
  assessments: () => iterateAssessmentRecords(),
};
