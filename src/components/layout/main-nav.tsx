import '../components.css';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';

/** The header's sections. "Daily" is the feed, which also holds the weekly and monthly views. */
export function MainNav({ extra }: { extra?: ReactNode }) {
  return (
    <nav className="main-nav" aria-label="Main">
      <NavLink to="/" end className="main-nav__link">
        Daily
      </NavLink>
      <NavLink to="/for-you" className="main-nav__link">
        For you
      </NavLink>
      {extra}
      <NavLink to="/library" className="main-nav__link">
        Library
      </NavLink>
      <NavLink to="/settings" className="main-nav__link">
        Settings
      </NavLink>
      <NavLink to="/import" className="main-nav__link">
        Import
      </NavLink>
    </nav>
  );
}
