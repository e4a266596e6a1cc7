import type { ReactNode } from "react";

/**
 * The `hidden` tag of a catalogue message: words a screen reader says after the visible label of a button or link
 * ("Deactivate<hidden> Ana Díaz</hidden>"), so the accessible name starts with what is seen (WCAG 2.5.3, label in
 * name) in every language, instead of an aria-label each translation would have to keep in step.
 */
export const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** The `bdi` tag of a catalogue message: a name isolated in its own direction (a Latin name in Arabic text). */
export const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
