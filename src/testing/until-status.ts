import { screen } from '@testing-library/react';

/**
 * Resolves once a status line reads `text` (the view's "4 papers" once its read is done):
 * a wait on the state itself, bounded only by the test's timeout, where a `findBy` would
 * give up after a second however busy the machine is.
 */
export function untilStatus(text: string): Promise<HTMLElement> {
  return new Promise((resolve) => {
    const find = () => screen.queryAllByRole('status').find((element) => element.textContent?.trim() === text);
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const element = find();
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
