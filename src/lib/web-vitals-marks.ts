import type { CLSMetricWithAttribution, INPMetricWithAttribution, LCPMetricWithAttribution } from 'web-vitals/attribution';

/**
 * What one report of a Core Web Vital becomes: a `web-vitals:<NAME>` performance mark and
 * a console.debug line, both read on this device only (DevTools' Performance panel or
 * console, and the bench). Plain numbers and strings: a mark's detail is cloned, and the
 * attribution's DOM nodes and entries cannot be.
 */
export interface VitalMarkDetail {
  name: 'INP' | 'LCP' | 'CLS';
  value: number;
  rating: string;
  /** Where the time or the shift came from (web-vitals' attribution build). */
  attribution: Record<string, string | number | undefined>;
}

type Vital = INPMetricWithAttribution | LCPMetricWithAttribution | CLSMetricWithAttribution;

export function vitalMarkDetail(metric: Vital): VitalMarkDetail {
  const base = { name: metric.name, value: metric.value, rating: metric.rating };
  switch (metric.name) {
    case 'INP': {
      const a = metric.attribution;
      return {
        ...base,
        attribution: {
          target: a.interactionTarget,
          type: a.interactionType,
          inputDelay: a.inputDelay,
          processingDuration: a.processingDuration,
          presentationDelay: a.presentationDelay,
          loadState: a.loadState,
        },
      };
    }
    case 'LCP': {
      const a = metric.attribution;
      return {
        ...base,
        attribution: {
          target: a.target,
          timeToFirstByte: a.timeToFirstByte,
          resourceLoadDelay: a.resourceLoadDelay,
          resourceLoadDuration: a.resourceLoadDuration,
          elementRenderDelay: a.elementRenderDelay,
        },
      };
    }
    case 'CLS': {
      const a = metric.attribution;
      return { ...base, attribution: { target: a.largestShiftTarget, largestShift: a.largestShiftValue, at: a.largestShiftTime, loadState: a.loadState } };
    }
  }
}

function report(metric: Vital): void {
  const detail = vitalMarkDetail(metric);
  performance.mark(`web-vitals:${detail.name}`, { detail });
  // One string, not an object: an open DevTools session serializes logged objects on this thread.
  console.debug(`[web-vitals] ${detail.name} ${detail.name === 'CLS' ? detail.value.toFixed(3) : `${Math.round(detail.value)} ms`} (${detail.rating}) ${JSON.stringify(detail.attribution)}`);
}

/**
 * Starts reporting INP, LCP and CLS as marks. The library loads as its own chunk after
 * start-up, so it never delays the first paint; its observers are buffered, so nothing
 * before it loaded is missed. `reportAllChanges`: every new worst value is marked at
 * once, not only when the page is hidden. Nothing is sent anywhere.
 */
export function startWebVitalsMarks(): void {
  if (typeof PerformanceObserver === 'undefined') return;
  void import('web-vitals/attribution').then(({ onINP, onLCP, onCLS }) => {
    const options = { reportAllChanges: true };
    onINP(report, options);
    onLCP(report, options);
    onCLS(report, options);
  });
}
