/**
 * What made the longest frame long, from Chromium's Long Animation Frames API: the page
 * records every frame over 50 ms while a measurement runs, and the bench logs the worst
 * with its scripts (function, source, time) and its rendering time, so a missed target
 * says where to look without a separate DevTools trace.
 */

/** Installs the recorder; run in the page before the measured interaction. */
export const RECORD_LONG_FRAMES = `(() => {
  window.__longFrames = [];
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  window.__longFramesObserver?.disconnect();
  window.__longFramesObserver = new PerformanceObserver((list) => { window.__longFrames.push(...list.getEntries()); });
  window.__longFramesObserver.observe({ type: 'long-animation-frame' });
})()`;

/** The worst recorded frame in one line, or undefined when none was over 50 ms (or the API is missing). */
export const DESCRIBE_WORST_FRAME = `(() => {
  const frames = window.__longFrames ?? [];
  if (!frames.length) return undefined;
  const worst = frames.reduce((a, b) => (b.duration > a.duration ? b : a));
  const render = worst.renderStart ? Math.round(worst.startTime + worst.duration - worst.renderStart) : 0;
  const layout = worst.styleAndLayoutStart ? Math.round(worst.startTime + worst.duration - worst.styleAndLayoutStart) : 0;
  const scripts = [...worst.scripts].sort((a, b) => b.duration - a.duration).slice(0, 4)
    .map((s) => Math.round(s.duration) + ' ms ' + (s.invoker || '?') + ' ' + (s.sourceFunctionName || '') + ' ' + String(s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition + ' (forced layout ' + Math.round(s.forcedStyleAndLayoutDuration) + ' ms)');
  return frames.length + ' frames over 50 ms; worst ' + Math.round(worst.duration) + ' ms: blocking ' + Math.round(worst.blockingDuration) + ' ms, rendering ' + render + ' ms (style and layout ' + layout + ' ms); scripts: ' + (scripts.join('; ') || 'none');
})()`;
