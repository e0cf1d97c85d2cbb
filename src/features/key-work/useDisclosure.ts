import { useId, useState } from 'react';

/**
 * A closed-at-first panel and the button that opens it: the button says whether the
 * panel it controls is open, so a screen reader hears the state the eye sees.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panelId = `${id}-panel`;
  const toggle = () => setOpen(!open);
  return { open, id, panelId, toggle, buttonProps: { type: 'button' as const, 'aria-expanded': open, 'aria-controls': panelId, onClick: toggle } };
}
