import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/styles.css';
import { registerServiceWorker } from './app/register-service-worker.ts';
import { startWebVitalsMarks } from './lib/web-vitals-marks.ts';
import { startFirstRead } from './app/start-first-read.ts';

// Before the render: the first view's row is read while the shell renders (start-first-read.ts).
startFirstRead(location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
startWebVitalsMarks();
