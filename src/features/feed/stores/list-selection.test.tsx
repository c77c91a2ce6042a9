import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createListSelection, useIsSelected, type ListSelection } from './list-selection.ts';

function Row({ selection, index, renders }: { selection: ListSelection; index: number; renders: number[] }) {
  const selected = useIsSelected(selection, index);
  renders[index] = (renders[index] ?? 0) + 1;
  return <p aria-current={selected || undefined}>{index}</p>;
}

describe('list selection', () => {
  it('re-renders only the row that stops being selected and the row that becomes selected', () => {
    const selection = createListSelection(-1);
    const renders: number[] = [];
    const { container } = render(
      <>
        {[0, 1, 2, 3, 4].map((i) => (
          <Row key={i} selection={selection} index={i} renders={renders} />
        ))}
      </>,
    );
    expect(renders).toEqual([1, 1, 1, 1, 1]);
    act(() => selection.set(0));
    expect(renders).toEqual([2, 1, 1, 1, 1]);
    act(() => selection.set(1));
    expect(renders).toEqual([3, 2, 1, 1, 1]);
    expect([...container.querySelectorAll('[aria-current=true]')].map((p) => p.textContent)).toEqual(['1']);
    // Setting the same index again is no change at all.
    act(() => selection.set(1));
    expect(renders).toEqual([3, 2, 1, 1, 1]);
    expect(selection.get()).toBe(1);
  });

  it('stops telling a row that has unmounted', () => {
    const selection = createListSelection(0);
    const renders: number[] = [];
    const { unmount } = render(<Row selection={selection} index={0} renders={renders} />);
    unmount();
    act(() => selection.set(3));
    expect(renders).toEqual([1]);
  });
});
