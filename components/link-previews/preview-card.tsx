import type { ReactNode } from "react";

/** The colours of the site (tailwind.config.ts), repeated here: images are drawn without the stylesheet. */
export const PREVIEW_COLORS = {
  ink: "#1b1f24",
  muted: "#4a5560",
  line: "#d5dae0",
  paper: "#ffffff",
  raised: "#f6f7f9",
  brand: "#0b5cad",
  warning: "#8a5300",
  warningLight: "#fff4e0",
} as const;

type Props = {
  siteName: string;
  /** Where the page lives, e.g. "wps-tracker.example.org". */
  host: string;
  eyebrow?: string;
  title: string;
  subtitle?: string;
  /** Shown while the site holds demonstration data, so no preview passes it off as real reporting. */
  demoNote?: string;
  children?: ReactNode;
};

/**
 * The frame of every link preview (1200 × 630): the site's mark and name, what the page is, its title, and the
 * page's own figure below. Plain elements with inline styles: next/og draws them without a browser.
 */
export function PreviewCard({ siteName, host, eyebrow, title, subtitle, demoNote, children }: Props) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: PREVIEW_COLORS.paper,
        color: PREVIEW_COLORS.ink,
        borderTop: `14px solid ${PREVIEW_COLORS.brand}`,
        padding: "36px 56px 32px",
        fontSize: 26,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16, color: PREVIEW_COLORS.muted }}>
        <SiteMark />
        <div style={{ display: "flex", flexGrow: 1 }}>{siteName}</div>
        {demoNote && (
          <div
            style={{
              display: "flex",
              padding: "4px 14px",
              borderRadius: 999,
              background: PREVIEW_COLORS.warningLight,
              color: PREVIEW_COLORS.warning,
              fontSize: 22,
            }}
          >
            {demoNote}
          </div>
        )}
      </div>
      {eyebrow && (
        <div style={{ display: "flex", marginTop: 28, color: PREVIEW_COLORS.muted, fontSize: 26 }}>{eyebrow}</div>
      )}
      <div
        style={{
          display: "block",
          marginTop: eyebrow ? 6 : 28,
          fontSize: title.length > 60 ? 40 : title.length > 36 ? 44 : 52,
          lineHeight: 1.15,
          lineClamp: 3,
          letterSpacing: -0.5,
        }}
      >
        {title}
      </div>
      {subtitle && (
        <div style={{ display: "block", marginTop: 12, color: PREVIEW_COLORS.muted, lineClamp: 2, lineHeight: 1.3 }}>
          {subtitle}
        </div>
      )}
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "flex-end", marginTop: 20 }}>
        {children}
      </div>
      <div style={{ display: "flex", marginTop: 20, color: PREVIEW_COLORS.muted, fontSize: 22 }}>{host}</div>
    </div>
  );
}

/** The site's icon (public/icon.svg), drawn inline. */
function SiteMark() {
  return (
    <svg width="40" height="40" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="6" fill={PREVIEW_COLORS.brand} />
      <path
        d="M8 17l5 5 11-12"
        fill="none"
        stroke="#fff"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
