import type { PortType } from '../../api/types';

/** Each port type has a shape and a short label as well as a colour, so type is never colour alone. */
export const PORT_GLYPH: Record<PortType, string> = { MOLECULES: '⬢', TABLE: '▦', MODEL: '◆', FILE: '▭' };
export const PORT_SHORT: Record<PortType, string> = { MOLECULES: 'MOL', TABLE: 'TAB', MODEL: 'MDL', FILE: 'FILE' };

export function PortTypeLabel({ type }: { type: PortType }) {
  return (
    <span className={`port-type port-${type.toLowerCase()}`} title={type}>
      <span aria-hidden="true">{PORT_GLYPH[type]}</span> {type}
    </span>
  );
}
