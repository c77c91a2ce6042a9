import { describe, expect, it } from 'vitest';
import type { CLSMetricWithAttribution, INPMetricWithAttribution, LCPMetricWithAttribution } from 'web-vitals/attribution';
import { vitalMarkDetail } from './web-vitals-marks.ts';

describe('vitalMarkDetail', () => {
  it('keeps an INP report as plain numbers and strings a performance mark can carry', () => {
    const target = document.createElement('button');
    const metric = {
      name: 'INP',
      value: 184,
      rating: 'good',
      attribution: {
        interactionTarget: 'header>button.button',
        interactionType: 'pointer',
        inputDelay: 12,
        processingDuration: 150,
        presentationDelay: 22,
        loadState: 'complete',
        // Entries and DOM nodes in the attribution: these cannot be cloned into a mark.
        processedEventEntries: [{ target }],
      },
    } as unknown as INPMetricWithAttribution;
    const detail = vitalMarkDetail(metric);
    expect(detail).toEqual({
      name: 'INP',
      value: 184,
      rating: 'good',
      attribution: { target: 'header>button.button', type: 'pointer', inputDelay: 12, processingDuration: 150, presentationDelay: 22, loadState: 'complete' },
    });
    expect(structuredClone(detail)).toEqual(detail);
  });

  it('names the largest shift for CLS and the render delay for LCP', () => {
    const cls = vitalMarkDetail({
      name: 'CLS',
      value: 0.12,
      rating: 'needs-improvement',
      attribution: { largestShiftTarget: 'main>ul', largestShiftValue: 0.1, largestShiftTime: 900, loadState: 'complete' },
    } as unknown as CLSMetricWithAttribution);
    expect(cls.attribution).toEqual({ target: 'main>ul', largestShift: 0.1, at: 900, loadState: 'complete' });
    const lcp = vitalMarkDetail({
      name: 'LCP',
      value: 640,
      rating: 'good',
      attribution: { target: 'main h3', timeToFirstByte: 5, resourceLoadDelay: 0, resourceLoadDuration: 0, elementRenderDelay: 635 },
    } as unknown as LCPMetricWithAttribution);
    expect(lcp.attribution).toMatchObject({ target: 'main h3', elementRenderDelay: 635 });
  });
});
