import { documentTokens, queryTokens } from '../search-tokens.ts';

describe('search tokens', () => {
  it('indexes unigrams and bigrams of Chinese text so two-character words match', () => {
    const tokens = documentTokens('北京星辰科技有限公司');
    expect(tokens).toEqual(expect.arrayContaining(['北京', '星辰', '科技', '北', '司']));
    expect(queryTokens('北京')).toEqual(['北京']);
    expect(queryTokens('星辰科技').every((t) => tokens.includes(t))).toBe(true);
  });

  it('lower-cases, drops whitespace and normalizes full-width characters', () => {
    expect(documentTokens('Blue  River')).toEqual(expect.arrayContaining(['bl', 'er', 'ri']));
    expect(queryTokens('ＢＬＵＥ')).toEqual(['bl', 'lu', 'ue']);
  });

  it('makes a single character query its own token and an empty one no tokens', () => {
    expect(queryTokens('京')).toEqual(['京']);
    expect(queryTokens('   ')).toEqual([]);
  });

  it('covers phone digits and emails', () => {
    const tokens = documentTokens(null, '010-88886666', 'info@star.example');
    expect(queryTokens('8888').every((t) => tokens.includes(t))).toBe(true);
    expect(queryTokens('star.ex').every((t) => tokens.includes(t))).toBe(true);
  });
});
