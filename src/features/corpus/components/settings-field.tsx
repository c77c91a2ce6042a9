import type { ReactNode } from 'react';

export interface SettingsFieldProps {
  id: string;
  label: string;
  type: 'text' | 'url';
  value: string;
  placeholder: string;
  invalid: boolean;
  /** Below the field, and its description: how to fill it in, or what is wrong. */
  help: ReactNode;
  onChange: (value: string) => void;
  /** Beside the field (a Save button). */
  children?: ReactNode;
}

/** One labelled field of a refresh setting, marked invalid and described by its help line. */
export function SettingsField({ id, label, type, value, placeholder, invalid, help, onChange, children }: SettingsFieldProps) {
  return (
    <>
      <div className="corpus-row">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          aria-invalid={invalid}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(e.target.value)}
        />
        {children}
      </div>
      <p id={`${id}-help`} className="muted">
        {help}
      </p>
    </>
  );
}

/** "Fetch …" on or off, and the button that refreshes now. */
export function RefreshSwitch({ label, enabled, onEnable, refreshLabel, canRefresh, onRefresh }: { label: string; enabled: boolean; onEnable: (enabled: boolean) => void; refreshLabel: string; canRefresh: boolean; onRefresh: () => void }) {
  return (
    <div className="corpus-row">
      <label className="corpus-check">
        <input type="checkbox" checked={enabled} onChange={(e) => onEnable(e.target.checked)} />
        {label}
      </label>
      <button type="button" className="button" disabled={!canRefresh} onClick={onRefresh}>
        {refreshLabel}
      </button>
    </div>
  );
}
