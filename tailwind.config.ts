import type { Config } from "tailwindcss";

// Design tokens. Status colours are always paired with a label or pattern (colour is never the only signal),
// and every text/background pair here meets WCAG 2.2 AA contrast.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: "#1b1f24", muted: "#4a5560", subtle: "#6b7580" },
        paper: { DEFAULT: "#ffffff", raised: "#f6f7f9", sunken: "#eceff3" },
        line: { DEFAULT: "#d5dae0", strong: "#9aa4ae" },
        brand: { DEFAULT: "#0b5cad", dark: "#084784", light: "#e7f0fa" },
        focus: "#b45309",
        danger: { DEFAULT: "#b42318", light: "#fdecea" },
        warning: { DEFAULT: "#8a5300", light: "#fff4e0" },
        success: { DEFAULT: "#1f7a3a", light: "#e8f5ec" },
        status: {
          "not-reported": "#8c96a0",
          "not-started": "#c2410c",
          "in-progress": "#0b5cad",
          "substantially-complete": "#6d28d9",
          completed: "#1f7a3a",
          discontinued: "#3f3f46",
        },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Noto Sans",
          // Arabic (joined and shaped, right to left) and Chinese, on screen and in the PDF report printed by
          // Chromium: Debian's fonts-noto-core and fonts-noto-cjk, and the systems' own elsewhere.
          "Noto Sans Arabic",
          "Noto Naskh Arabic",
          "Noto Sans CJK SC",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
      },
      maxWidth: { page: "76rem" },
    },
  },
};

export default config;
