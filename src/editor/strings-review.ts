/**
 * The editor's words for reviewing the draft as a whole: what Accept all asks about the quotes
 * and figures on no visit, a quote's speaker and passage, a visit's industries and the
 * article's id, in English and Simplified Chinese. Part of the editor's strings.
 *
 * @module
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const reviewEn = {
  /** What Accept all asks first when quotes or figures are on no visit. */
  unattachedAsk: (quotes: number, figures: number): string => {
    const items = [
      quotes && plural(quotes, 'quote', 'quotes'),
      figures && plural(figures, 'figure', 'figures'),
    ]
      .filter(Boolean)
      .join(' and ');
    return quotes + figures === 1
      ? `${items} is on no visit. Accepted as it is, it is published as the article's own: no visit's popup shows it.`
      : `${items} are on no visit. Accepted as they are, they are published as the article's own: no visit's popup shows them.`;
  },
  attachTo: 'Visit to attach them to',
  keepAsArticle: (n: number): string =>
    n === 1
      ? "Keep it as the article's own and accept all"
      : "Keep them as the article's own and accept all",
  backToReview: 'Back to the review',
};

export const reviewZh: typeof reviewEn = {
  unattachedAsk: (quotes, figures) =>
    `${[quotes ? `${quotes} 条引语` : '', figures ? `${figures} 项数据` : ''].filter(Boolean).join('和')}不属于任何视察。如直接接受，它们将作为整篇文章的内容发布，不会出现在任何视察的弹出框中。`,
  attachTo: '归入的视察',
  keepAsArticle: () => '保留为整篇文章的内容并全部接受',
  backToReview: '返回审阅',
};
