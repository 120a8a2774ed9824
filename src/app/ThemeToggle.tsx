import { useState } from 'react';
import { Icon } from '../ui/Icon';
import { currentTheme, setTheme, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setLocal] = useState<Theme>(currentTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label="Toggle theme"
      title={`Switch to ${next} theme`}
      onClick={() => {
        setTheme(next);
        setLocal(next);
      }}
    >
      <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
      <span className="theme-label">{theme === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
