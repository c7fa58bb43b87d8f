interface SelectFilterProps {
  id: string;
  label: string;
  /** The first option, meaning "no filter"; leave out for a choice that is always set. */
  allLabel?: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (value: string | null) => void;
}

/** A labelled drop-down; its empty choice (when offered) clears the filter. */
export function SelectFilter({ id, label, allLabel, value, options, onChange }: SelectFilterProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
