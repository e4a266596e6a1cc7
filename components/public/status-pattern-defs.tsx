import { STATUS_CATEGORIES, type StatusCategory } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, type Texture } from "./status-appearance";

const SIZE = 8;

/** SVG <defs> with a textured pattern per status (or only those listed), ids `${prefix}-${STATUS}`. */
export function StatusPatternDefs({ prefix, only }: { prefix: string; only?: readonly StatusCategory[] }) {
  return (
    <defs>
      {(only ?? STATUS_CATEGORIES).map((category) => {
        const { color, texture } = STATUS_APPEARANCE[category];
        return (
          <pattern
            key={category}
            id={`${prefix}-${category}`}
            width={SIZE}
            height={SIZE}
            patternUnits="userSpaceOnUse"
            patternTransform={texture === "hatch" || texture === "stripes" ? "rotate(45)" : undefined}
          >
            <rect width={SIZE} height={SIZE} fill={texture === "hatch" ? "#ffffff" : color} />
            <Marks texture={texture} color={color} />
          </pattern>
        );
      })}
    </defs>
  );
}

function Marks({ texture, color }: { texture: Texture; color: string }) {
  switch (texture) {
    case "hatch":
      return <rect width={3} height={SIZE} fill={color} />;
    case "stripes":
      return <rect width={2} height={SIZE} fill="#ffffff" fillOpacity={0.45} />;
    case "dots":
      return <circle cx={SIZE / 2} cy={SIZE / 2} r={1.6} fill="#ffffff" fillOpacity={0.7} />;
    case "cross":
      return (
        <path d={`M0 0L${SIZE} ${SIZE}M${SIZE} 0L0 ${SIZE}`} stroke="#ffffff" strokeOpacity={0.55} strokeWidth={1.2} />
      );
    default:
      return null;
  }
}
