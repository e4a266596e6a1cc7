import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * The card with its components called, as next/og calls them (plain functions of their props: no hooks), and every
 * text in it passed through `map`: an image's fonts are chosen for the texts it shows (./preview-fonts.ts).
 */
export function mapCardText(node: ReactNode, map: (text: string) => string): ReactNode {
  if (typeof node === "string") return map(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => mapCardText(child, map));
  if (!isValidElement<{ children?: ReactNode }>(node)) return node;
  if (typeof node.type === "function") {
    const component = node.type as (props: unknown) => ReactNode;
    return mapCardText(component(node.props), map);
  }
  if (node.props.children === undefined) return node;
  // Children as a prop, not as arguments: React would otherwise ask a key of each sibling written side by side.
  return cloneElement(node as ReactElement<{ children?: ReactNode }>, {
    children: mapCardText(node.props.children, map),
  });
}

/** Every text of a card whose components are called (what mapCardText returns). */
export function cardTexts(node: ReactNode): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => cardTexts(child));
  return isValidElement<{ children?: ReactNode }>(node) ? cardTexts(node.props.children) : [];
}
