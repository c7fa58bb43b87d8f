import { useState, type ReactNode } from 'react';
import { useStructure } from '../structure-context';
import { useFocusSoon } from '../use-focus-soon';

/** A button that opens an add form in place; closing the form gives the focus back to the button. */
export function AddToggle({ label, fullLabel, form }: { label: string; fullLabel: string; form: (close: () => void) => ReactNode }) {
  const { disabled } = useStructure();
  const [open, setOpen] = useState(false);
  const { ref, focusSoon } = useFocusSoon<HTMLButtonElement>();
  const close = () => {
    setOpen(false);
    focusSoon();
  };
  if (open) return <div className="structure-add">{form(close)}</div>;
  return (
    <button ref={ref} type="button" className="button button--secondary structure-add__open" disabled={disabled} aria-label={fullLabel} onClick={() => setOpen(true)}>
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  );
}
