import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/make-paper.ts';
import { citableFromPaper } from './citable.ts';
import { formatCitations } from './format-citation.ts';

const paper = makePaper({
  id: '2510.02314',
  title: 'StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided Illusions',
  authors: ['Bo-Hsu Ke', 'You-Zhe Xie', 'Yu-Lun Liu', 'Wei-Chen Chiu'],
  publishedAt: '2025-10-02T17:59:57.000Z',
});
const work = citableFromPaper(paper);

describe('formatCitations (citeproc-js through citation.js, bundled styles)', () => {
  it('APA', () => {
    expect(formatCitations([work], 'apa')).toBe(
      'Ke, B.-H., Xie, Y.-Z., Liu, Y.-L., & Chiu, W.-C. (2025). StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided Illusions (Preprint 2510.02314). arXiv. https://doi.org/10.48550/arXiv.2510.02314',
    );
  });

  it('IEEE', () => {
    expect(formatCitations([work], 'ieee')).toBe(
      '[1] B.-H. Ke, Y.-Z. Xie, Y.-L. Liu, and W.-C. Chiu, “StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided Illusions,” Oct. 02, 2025, arXiv: 2510.02314. doi: 10.48550/arXiv.2510.02314.',
    );
  });

  it('Chicago author-date', () => {
    expect(formatCitations([work], 'chicago-author-date')).toBe(
      'Ke, Bo-Hsu, You-Zhe Xie, Yu-Lun Liu, and Wei-Chen Chiu. 2025. “StealthAttack: Robust 3D Gaussian Splatting Poisoning via Density-Guided Illusions.” Preprint. arXiv. https://doi.org/10.48550/arXiv.2510.02314.',
    );
  });

  it('a selection is one entry a line', () => {
    const other = citableFromPaper(makePaper({ id: '2510.00446', title: 'LongCodeZip', authors: ['Yuling Shi'] }));
    expect(formatCitations([work, other], 'apa').split('\n')).toHaveLength(2);
  });
});
