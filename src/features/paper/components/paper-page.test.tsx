import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { upsertPapers } from '../../../db/papers-repo.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import { makePaper } from '../../../testing/make-paper.ts';

beforeEach(async () => {
  await resetDbForTests();
  await upsertPapers([
    makePaper({
      id: '2510.00001',
      title: 'Math paper',
      upvotes: 9,
      abstract: 'We prove $O(n \\log n)$ bounds. See <a href="https://x.test">here</a> and <span style="color: red">this</span>. Broken: $\\frac{1$ stays.',
      aiSummary: 'A short machine summary.',
      keywords: ['bounds', 'sorting'],
      organization: { name: 'NYCU', fullname: 'National Yang Ming Chiao Tung University' },
      links: { arxiv: 'https://arxiv.org/abs/2510.00001', code: 'https://github.com/x/y', project: 'https://x.test/', huggingface: 'https://huggingface.co/papers/2510.00001' },
      githubStars: 39,
    }),
    makePaper({ id: '2510.00002', title: 'Gemini', upvotes: 5, authors: Array.from({ length: 3303 }, (_, i) => `Author ${i + 1}`) }),
    makePaper({ id: '2510.00003', title: 'Top paper', upvotes: 50 }),
  ]);
});

afterEach(() => vi.restoreAllMocks());

const textOf = (format: string) => (screen.getByRole('textbox', { name: format }) as HTMLTextAreaElement).value;
// The Cite menu's own status line: the similar-papers section below has one too.
// Neighbours and similar papers arrive after the paper has painted, a few tasks later: on a
// busy machine that can take longer than findBy's default second.
const LATER = { timeout: 10_000 };
const citeStatus = () => within(screen.getByRole('group', { name: 'Cite this paper' })).findByRole('status');

describe('paper page', () => {
  it('shows the paper with typeset math, tags as text, AI summary, keywords and links', async () => {
    await renderRoute('/papers/2510.00001');
    expect(await screen.findByRole('heading', { level: 1, name: 'Math paper' })).toBeInTheDocument();
    const abstract = screen.getByRole('region', { name: 'Abstract' });
    expect(abstract.querySelectorAll('.katex')).toHaveLength(1);
    expect(abstract).toHaveTextContent('See <a href="https://x.test">here</a> and <span style="color: red">this</span>.');
    // KaTeX makes its own spans; the abstract's tags must make none.
    expect(abstract.querySelector('a, span[style*="red"]')).toBeNull();
    expect(abstract).toHaveTextContent('Broken: $\\frac{1$ stays.');
    expect(within(screen.getByRole('region', { name: 'AI summary' })).getByText('A short machine summary.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Keywords' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['bounds', 'sorting']);
    expect(screen.getByRole('link', { name: 'Search for bounds' })).toHaveAttribute('href', '/search?q=%22bounds%22');
    expect(screen.getByRole('link', { name: 'Code' })).toHaveAttribute('href', 'https://github.com/x/y');
    expect(screen.getByRole('link', { name: 'National Yang Ming Chiao Tung University' })).toHaveAttribute('href', '/orgs/NYCU');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('links the previous and next paper of its day by upvotes when opened directly', async () => {
    await renderRoute('/papers/2510.00001');
    expect(await screen.findByRole('link', { name: 'Previous paper: Top paper' }, LATER)).toHaveAttribute('href', '/papers/2510.00003');
    expect(screen.getByRole('link', { name: 'Next paper: Gemini' })).toHaveAttribute('href', '/papers/2510.00002');
    expect(screen.getByRole('link', { name: '← Back to Friday, October 3, 2025' })).toHaveAttribute('href', '/papers/date/2025-10-03');
  });

  it('collapses a long author list after 20', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/2510.00002');
    const authors = await screen.findByRole('list', { name: 'Authors' });
    expect(within(authors).getAllByRole('link')).toHaveLength(20);
    expect(within(authors).getByRole('link', { name: 'Author 1' })).toHaveAttribute('href', '/authors/Author%201');
    await user.click(screen.getByRole('button', { name: 'Show all 3,303' }));
    expect(within(screen.getByRole('list', { name: 'Authors' })).getAllByRole('link')).toHaveLength(3303);
  });

  it('links its Hugging Face page and says counts with the right noun', async () => {
    await renderRoute('/papers/2510.00001');
    await screen.findByRole('heading', { level: 1, name: 'Math paper' });
    expect(screen.getByRole('link', { name: 'Hugging Face' })).toHaveAttribute('href', 'https://huggingface.co/papers/2510.00001');
    expect(screen.getByText('▲ 9 upvotes')).toBeInTheDocument();
    expect(screen.getByText('★ 39 GitHub stars')).toBeInTheDocument();
  });

  it('cites the paper as BibTeX from the Cite menu, and Escape closes it without leaving the page', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/2510.00001');
    const cite = await screen.findByRole('button', { name: 'Cite' });
    await user.click(cite);
    expect(screen.getByRole('radio', { name: 'BibTeX' })).toHaveFocus();
    const text = screen.getByRole('textbox', { name: 'BibTeX' });
    expect((text as HTMLTextAreaElement).value).toMatch(/^@misc\{.*,\n {2}title = \{Math paper\},/);
    expect((text as HTMLTextAreaElement).value).toContain('eprint = {2510.00001}');
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(await citeStatus()).toHaveTextContent('Copied BibTeX.');
    expect(await navigator.clipboard.readText()).toBe((text as HTMLTextAreaElement).value);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'BibTeX' })).toBeNull();
    expect(cite).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Math paper' })).toBeInTheDocument();
  });

  it('is the one citation control: APA, IEEE, Chicago and RIS from the same menu, opened with c', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/2510.00001');
    await screen.findByRole('heading', { level: 1, name: 'Math paper' });
    expect(screen.getAllByRole('button', { name: /^(Cite|Copy citation)$/ })).toHaveLength(1);
    expect(screen.queryByRole('combobox', { name: 'Citation style' })).toBeNull();
    await user.keyboard('c');
    expect(screen.getByRole('radio', { name: 'BibTeX' })).toHaveFocus();
    // The arrows move through the formats, as radio buttons do.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'APA' })).toBeChecked();
    const apa = await screen.findByRole('textbox', { name: 'APA' });
    // The first style loads citation.js (a lazy chunk), which takes a while on a busy machine.
    await waitFor(() => expect(textOf('APA')).toMatch(/^Lovelace, A\., & Turing, A\. \(2025\)\. Math paper \(Preprint 2510\.00001\)\. arXiv\./), { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Copy APA' }));
    expect(await citeStatus()).toHaveTextContent('Copied the APA citation.');
    expect(await navigator.clipboard.readText()).toBe((apa as HTMLTextAreaElement).value);

    await user.click(screen.getByRole('radio', { name: 'IEEE' }));
    await waitFor(() => expect(textOf('IEEE')).toMatch(/^\[1\] A\. Lovelace and A\. Turing, “Math paper,”/));
    await user.click(screen.getByRole('radio', { name: 'Chicago (author-date)' }));
    await waitFor(() => expect(textOf('Chicago (author-date)')).toMatch(/^Lovelace, A.*2025\. “Math Paper\.”/));
    await user.click(screen.getByRole('radio', { name: 'RIS' }));
    await waitFor(() => expect(textOf('RIS')).toMatch(/^TY {2}- /));
    expect(textOf('RIS')).toContain('TI  - Math paper');
    expect(screen.getByRole('button', { name: 'Download .ris' })).toBeEnabled();
  });

  it('says the clipboard was refused, and leaves the citation to select by hand', async () => {
    const user = userEvent.setup();
    await renderRoute('/papers/2510.00001');
    await user.click(await screen.findByRole('button', { name: 'Cite' }));
    await user.click(screen.getByRole('radio', { name: 'IEEE' }));
    await waitFor(() => expect(textOf('IEEE')).toContain('“Math paper,”'), { timeout: 20_000 });
    // What Chromium does when the page may not write to the clipboard.
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy IEEE' }));
    // The menu's own alert: the page may show others (the similar-papers section's, say).
    const refused = await screen.findByText('Could not copy the IEEE citation: the browser refused access to the clipboard. Select the text below and copy it by hand.');
    expect(refused).toHaveAttribute('role', 'alert');
    expect(textOf('IEEE')).toContain('“Math paper,”');
  });

  it('paints the paper first, then its neighbours, the similar papers and the citation tags', async () => {
    await renderRoute('/papers/2510.00001');
    const title = await screen.findByRole('heading', { level: 1, name: 'Math paper' });
    // The paper itself, and its Cite button (so `c` works at once), come in the first render.
    expect(screen.getByRole('region', { name: 'Abstract' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cite' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Paper navigation' });
    expect(within(nav).getByRole('link', { name: '← Back to Friday, October 3, 2025' })).toBeInTheDocument();
    // The rest arrives after the paint, on the same page.
    expect(await within(nav).findByRole('link', { name: 'Previous paper: Top paper' }, LATER)).toHaveAttribute('href', '/papers/2510.00003');
    expect(within(nav).getByRole('link', { name: 'Next paper: Gemini' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Similar papers' }, LATER)).toBeInTheDocument();
    await waitFor(() => expect(document.head.querySelector('meta[name="citation_title"]')).toHaveAttribute('content', 'Math paper'), LATER);
    expect(document.title).toBe('Math paper · paperfeed');
    expect(title).toBeInTheDocument();
  });

  it('steps to the next and previous paper with j and k once the neighbours have arrived', async () => {
    const user = userEvent.setup();
    const { router } = await renderRoute('/papers/2510.00001');
    await screen.findByRole('link', { name: 'Next paper: Gemini' }, LATER);
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gemini' }, LATER)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/papers/2510.00002');
    // The new paper's neighbours arrive after its own paint too.
    await screen.findByRole('link', { name: 'Previous paper: Math paper' }, LATER);
    await user.keyboard('k');
    expect(await screen.findByRole('heading', { level: 1, name: 'Math paper' }, LATER)).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown id', async () => {
    await renderRoute('/papers/0000.00000');
    expect(await screen.findByRole('heading', { name: 'Paper not found' })).toBeInTheDocument();
    expect(screen.getByText('0000.00000')).toBeInTheDocument();
  });
});
