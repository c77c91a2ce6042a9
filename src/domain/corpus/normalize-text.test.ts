import { describe, expect, it } from 'vitest';
import { latexAccentsToUnicode, normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it('joins hard-wrapped title lines', () => {
    expect(normalizeText('Poisoning via Density-Guided\n  Illusions')).toBe('Poisoning via Density-Guided Illusions');
  });

  it('collapses tabs, CRLF, non-breaking spaces and runs of blanks, and trims', () => {
    expect(normalizeText('  A\r\n\tfully\u00a0 differential \u2003 calculation\n')).toBe('A fully differential calculation');
  });

  it('keeps tags and LaTeX as literal text', () => {
    const text = '<span style="font-weight: bold;">$\\pi$-Functional</span> <think> \\ie 360{\\deg}';
    expect(normalizeText(text)).toBe(text);
  });

  it('returns an empty string for white space only', () => {
    expect(normalizeText(' \n\t ')).toBe('');
  });
});

describe('latexAccentsToUnicode', () => {
  it.each([
    ["C. Bal\\'azs", 'C. Balázs'],
    ['Franz G\\"ahler', 'Franz Gähler'],
    ['R. Tom\\`as', 'R. Tomàs'],
    ['Fran\\c{c}ois and \\c c', 'François and ç'],
    ['{\\"u}ber {\\"U}', 'über Ü'],
    ["\\'{e}cole", 'école'],
    ['\\^o \\~n', 'ô ñ'],
    ['Rastislav \\v{S}r\\\'amek', 'Rastislav Šrámek'],
    ['Mikkel {\\O}bro', 'Mikkel Øbro'],
    ["Mar\\'{\\i}a", 'María'],
    ['Erd\\H{o}s, \\ss, {\\aa}ngstr\\"om', 'Erdős, ß, ångström'],
  ])('%s → %s', (latex, unicode) => {
    expect(latexAccentsToUnicode(latex)).toBe(unicode);
  });

  it('returns composed (NFC) characters', () => {
    expect(latexAccentsToUnicode("\\'a")).toBe('\u00e1');
  });

  it('leaves text without LaTeX alone', () => {
    expect(latexAccentsToUnicode('Dall\'Aglio, Müller')).toBe("Dall'Aglio, Müller");
  });
});
