import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { PaperCard } from './paper-card.tsx';

it('shows a <script> in a title, and tags in an abstract, as text and never runs them', () => {
  const title = 'Attack <script>window.__pwned = true</script> & defence';
  const abstract = 'See <a href="https://evil.example">this</a> and <span style="color:red">red</span>.';
  const { container } = render(
    <MemoryRouter>
      <PaperCard paper={makePaper({ title, abstract })} />
    </MemoryRouter>,
  );
  expect(screen.getByRole('article', { name: title })).toBeInTheDocument();
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('span[style]')).toBeNull();
  expect(container.querySelector('a[href="https://evil.example"]')).toBeNull();
  expect(container.textContent).toContain('<span style="color:red">red</span>');
  expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
});
