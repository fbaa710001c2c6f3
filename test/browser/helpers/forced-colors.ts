// Forced colours (Windows high contrast), read from what the browser renders under emulation:
// which colours are the system's, and whether a focused control shows a ring.
const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];
const PAINTED = ['color', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color'] as const;

/** `rgb(r, g, b)` of a colour, whatever its alpha (forced colours keep a background's alpha). */
const opaque = (colour: string) => colour.replace(/^rgba?\(([^,]+),([^,]+),([^,)]+).*$/, 'rgb($1,$2,$3)').replace(/\s/g, '');

/** The system colours as this browser resolves them now. */
export function systemColours(): Set<string> {
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  document.body.append(probe);
  try {
    return new Set(
      SYSTEM_COLOURS.map((name) => {
        probe.style.setProperty('color', name);
        return opaque(getComputedStyle(probe).color);
      }),
    );
  } finally {
    probe.remove();
  }
}

/** Every painted colour in `root` that is not a system colour, as `element.part property=value`. */
export function foreignColours(root: ShadowRoot): string[] {
  const system = systemColours();
  return [...root.querySelectorAll('*')]
    .filter((node) => node.localName !== 'style' && node.getClientRects().length > 0)
    .flatMap((node) => {
      const style = getComputedStyle(node);
      return PAINTED.filter((property) => !/rgba\([^)]*,\s*0\)$/.test(style.getPropertyValue(property)) && !system.has(opaque(style.getPropertyValue(property)))).map(
        (property) => `${node.localName}.${node.getAttribute('part') ?? ''} ${property}=${style.getPropertyValue(property)}`,
      );
    });
}

/** How a focused element shows its focus: its outline, or `none`. */
export function focusRing(element: Element): { style: string; width: number; colour: string; background: string } {
  const style = getComputedStyle(element);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, background: style.backgroundColor };
}
