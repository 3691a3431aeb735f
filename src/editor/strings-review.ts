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
  whoSaidThis:
    'Who said this? Name the speaker as the article does: a quote added by hand is not published without one.',
  speakerProposed: (who: string): string =>
    `Quote added. The draft engine reads its speaker as ${who}: check the Speaker field.`,
  speakerNotFound: 'Quote added. The draft engine finds no speaker named: who said this?',
  useSelection: 'Use the selected words',
  passageUsed: (words: string): string => `The quote is now “${words}”.`,
  visitIndustries: 'Industries',
  articleId: 'Article id',
  articleIdHint: (id: string): string =>
    `Names the article's file, data/articles/${id}.txt, and links its visits to it.`,
  articleIdForm:
    'An id is lower-case letters (a–z) and digits, in words joined by single hyphens: xinhua-2025-05-20-premier-visits.',
  articleIdTaken: (id: string): string =>
    `The visits file already has an article with the id ${id}: choose another.`,
};

export const reviewZh: typeof reviewEn = {
  unattachedAsk: (quotes, figures) =>
    `${[quotes ? `${quotes} 条引语` : '', figures ? `${figures} 项数据` : ''].filter(Boolean).join('和')}不属于任何视察。如直接接受，它们将作为整篇文章的内容发布，不会出现在任何视察的弹出框中。`,
  attachTo: '归入的视察',
  keepAsArticle: () => '保留为整篇文章的内容并全部接受',
  backToReview: '返回审阅',
  whoSaidThis: '这句话是谁说的？请按文章写明发言人：手动添加的引语没有发言人不能发布。',
  speakerProposed: (who) => `已添加引语。起草引擎认为发言人是 ${who}：请核对“发言人”一栏。`,
  speakerNotFound: '已添加引语。起草引擎没有找到发言人：这句话是谁说的？',
  useSelection: '使用所选文字',
  passageUsed: (words) => `引语现为“${words}”。`,
  visitIndustries: '行业',
  articleId: '文章标识',
  articleIdHint: (id) => `用作文章文件名 data/articles/${id}.txt，视察据此关联文章。`,
  articleIdForm:
    '标识只能由小写字母（a–z）和数字组成，各词以单个连字符相连，例如 xinhua-2025-05-20-premier-visits。',
  articleIdTaken: (id) => `视察文件中已有标识为 ${id} 的文章：请换一个。`,
};
