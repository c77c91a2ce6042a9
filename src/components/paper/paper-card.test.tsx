import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { PaperCard } from './paper-card.tsx';

const renderCard = (ui: React.ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('PaperCard', () => {
  it('is an article named by the title, linking to the paper, its organization and its day', () => {
    renderCard(
      <PaperCard
        paper={makePaper({
          id: '2510.02314',
          title: 'StealthAttack',
          authors: ['A', 'B', 'C', 'D', 'E'],
          organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' },
          githubStars: 1234,
          upvotes: 46,
        })}
      />,
    );
    const card = screen.getByRole('article', { name: 'StealthAttack' });
    expect(within(card).getByRole('link', { name: 'StealthAttack' })).toHaveAttribute('href', '/papers/2510.02314');
    expect(within(card).getByRole('link', { name: 'National Yang Ming Chiao Tung University' })).toHaveAttribute('href', '/orgs/NYCU');
    expect(within(card).getByRole('link', { name: 'Oct 3, 2025' })).toHaveAttribute('href', '/papers/date/2025-10-03');
    expect(card).toHaveTextContent('A, B, C and 2 more');
    expect(within(card).getByLabelText('46 upvotes')).toBeInTheDocument();
    expect(within(card).getByLabelText('1,234 GitHub stars')).toBeInTheDocument();
  });

  it('opens outside links safely, and only http(s) ones', () => {
    renderCard(
      <PaperCard paper={makePaper({ links: { arxiv: 'https://arxiv.org/abs/1', code: 'javascript:alert(1)', project: 'https://example.org/' } })} />,
    );
    const links = within(screen.getByRole('list', { name: 'Links' })).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['arXiv', 'Project page']);
    for (const a of links) {
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveAttribute('target', '_blank');
    }
  });

  it('expands the abstract in place', async () => {
    const user = userEvent.setup();
    renderCard(<PaperCard paper={makePaper()} />);
    const more = screen.getByRole('button', { name: 'Show more of the abstract' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(screen.getByRole('button', { name: 'Show less of the abstract' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('renders tags in an abstract as text', () => {
    renderCard(<PaperCard paper={makePaper({ abstract: 'See <a href="https://x.test">this</a> <span>bold</span>.' })} />);
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent('See <a href="https://x.test">this</a> <span>bold</span>.');
    expect(card.querySelector('a[href="https://x.test"]')).toBeNull();
  });

  it('has a place for actions', () => {
    renderCard(<PaperCard paper={makePaper({ title: 'T' })} actions={<button type="button">Bookmark</button>} />);
    expect(within(screen.getByRole('article', { name: 'T' })).getByRole('button', { name: 'Bookmark' })).toBeInTheDocument();
  });

  it('shows a rank in place of the upvotes, and what the list gives in place of the abstract', () => {
    renderCard(
      <PaperCard paper={makePaper({ title: 'Ranked', upvotes: 7, authors: ['A', 'B', 'C', 'D'] })} rank={2} actions={<button type="button">Bookmark</button>}>
        <p>Why: shares a word</p>
      </PaperCard>,
    );
    const card = screen.getByRole('article', { name: 'Ranked' });
    expect(within(card).getByLabelText('Rank 2')).toHaveTextContent('2');
    expect(within(card).queryByLabelText('7 upvotes')).toBeNull();
    expect(card).toHaveTextContent('7 upvotes');
    expect(card).toHaveTextContent('A, B, C and 1 more');
    expect(card).toHaveTextContent('Why: shares a word');
    expect(within(card).queryByRole('button', { name: /Show more/ })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Bookmark' })).toBeInTheDocument();
  });

  it('takes a highlighted title, a stored author line and a heading level from its list', () => {
    renderCard(
      <PaperCard
        paper={{ id: '2510.00001', title: 'Plain title', date: '2025-10-01', upvotes: 3 }}
        title={<mark>Plain title</mark>}
        authorLine="X, Y, …"
        headingLevel={2}
      />,
    );
    const card = screen.getByRole('article', { name: 'Plain title' });
    expect(within(card).getByRole('heading', { level: 2, name: 'Plain title' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Plain title' })).toHaveAttribute('href', '/papers/2510.00001');
    expect(card).toHaveTextContent('X, Y, …');
    expect(within(card).getByLabelText('3 upvotes')).toBeInTheDocument();
  });
});
