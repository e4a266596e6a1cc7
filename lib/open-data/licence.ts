// The licence and provenance of the open data, stated once: the docs pages, the data package descriptor, the JSON
// download and the XLSX workbook all quote these.

export const DATASET = {
  name: "wps-commitments",
  title: "WPS Focal Points Network commitments tracker",
  description:
    "What members of the Women, Peace and Security Focal Points Network pledged, and what was done: approved " +
    "commitments, their published progress updates, the members, themes and meetings. Only approved commitments and " +
    "published updates are included. Records flagged demonstration_data are illustrative, not real reporting.",
  /** Bumped when a column is added; columns are only ever added at the end, never renamed or removed. */
  version: "1.1.0",
} as const;

export const LICENCE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "WPS Focal Points Network commitments tracker (secretariat: UN Women)",
} as const;

export const SOURCES = [
  {
    // The document's own title, verbatim.
    title:
      "Meeting Of The Women, Peace And Security Focal Points Network On 9/10 April 2018 - Joint Communiqué By The " +
      "Focal Points On Women, Peace And Security",
    description: "The meeting, its organisers and the commitments reported in it, with their verbatim source excerpts.",
  },
] as const;
