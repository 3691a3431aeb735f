/**
 * The editor's words for publishing, in English and Simplified Chinese: to the project through
 * its own server ("Publish to this project"), or as downloads and where each file goes. Part of
 * the editor's strings (`strings.ts`).
 *
 * @module
 */
import type { PublishFailure } from './project.js';

export const publishEn = {
  publishProject: 'Publish to this project',
  overlapsFound: (n: number) =>
    `The map may already have what you are publishing: data/visits.geojson has ${n === 1 ? 'a visit' : `${n} visits`} at the same site or in the same city on overlapping dates.`,
  overlapBy: {
    site: 'The same site, on overlapping dates',
    city: 'The same city, on overlapping dates',
  } as Record<'site' | 'city', string>,
  overlapNew: 'To publish',
  overlapOnMap: 'On the map',
  overlapSeparate: 'These are separate visits: publish them',
  overlapHint: 'If it is the same visit, reject the new one rather than publish it twice.',

  projectHint: (file: string) =>
    `This page is served by the project's own server: publishing checks the accepted work with the checker's rules, writes the article to data/articles/${file}, adds the visits to data/visits.geojson (the previous file is kept as data/visits.geojson.bak) and rebuilds the map.`,
  publishing: 'Publishing: checking, writing the files, rebuilding the map…',
  publishedProject: (file: string, visits: number, total: number) =>
    `Published: data/articles/${file} written, ${visits} visit${visits === 1 ? '' : 's'} added to data/visits.geojson (${total} in all); the map is rebuilt.`,
  publishedHere: (visits: number) =>
    `${visits} accepted visit${visits === 1 ? '' : 's'} published to this project.`,
  openMap: 'Open the map at this visit',
  otherVisits: 'The other new visits on the map:',
  afterPublish:
    'Changes made from now on are not in the project until you publish again: publishing this article again replaces its visits.',
  republishNote: (title: string, visits: number) =>
    visits
      ? `This article is already on the map (“${title}”, ${visits} visit${visits === 1 ? '' : 's'}): publishing it again replaces ${visits === 1 ? 'that visit' : 'those visits'}, with their quotes and figures, by the accepted work here. The file before is kept as data/visits.geojson.bak.`
      : `This article is already on the map (“${title}”, its quotes and figures joined to visits of other reports): publishing it again replaces them by the accepted work here. The file before is kept as data/visits.geojson.bak.`,
  replacedVisits: (n: number) =>
    `They replace the ${n} visit${n === 1 ? '' : 's'} this article had before (the file before is data/visits.geojson.bak).`,
  publishFailed: {
    forbidden: 'The server refused: only a page it served on this computer may publish.',
    'bad-request': 'The server could not read what was sent: nothing was published.',
    'not-json': 'The server could not read what was sent: nothing was published.',
    'too-large': 'The work is too large to send: nothing was published.',
    'existing-problems':
      "The project's data/visits.geojson has problems of its own: nothing is merged into it until they are fixed (npm run check-data names them).",
    held: 'The project holds another text under this article’s id, or a visit of this article also holds another report’s work: nothing was published.',
    exists:
      'data/articles/ already has another text under this article’s file name: nothing was published.',
    problems: 'The checker found problems in the merged file: nothing was published.',
    changed: 'data/visits.geojson changed while publishing: nothing was published. Try again.',
    'write-failed': 'The files could not be written: nothing more was changed.',
    'rebuild-failed':
      'Published, but the map was not rebuilt: restart the server (npm start) to see the new visits.',
    unreachable:
      "The project's server did not answer (is it still running?): nothing was published.",
  } as Record<PublishFailure, string>,
  downloaded: (article: string, visits: string, merged: boolean) =>
    merged
      ? `Downloaded. Put ${article} in data/articles/ and ${visits} in data/ in place of the file there, then rebuild (npm start).`
      : `Downloaded. Put ${article} in data/articles/. ${visits} holds this article's visits alone: to add them to the map, open the existing data/visits.geojson above and download again.`,
};

export type PublishStrings = typeof publishEn;

export const publishZh: PublishStrings = {
  publishProject: '发布到本项目',
  overlapsFound: (n) =>
    `地图上可能已有要发布的视察：data/visits.geojson 中有 ${n} 次在同一地点或同一城市、日期重叠的视察。`,
  overlapBy: { site: '同一地点，日期重叠', city: '同一城市，日期重叠' },
  overlapNew: '待发布',
  overlapOnMap: '地图上已有',
  overlapSeparate: '这是不同的视察：照常发布',
  overlapHint: '如果是同一次视察，请拒绝新的一条，不要重复发布。',

  projectHint: (file) =>
    `本页面由项目自己的服务器提供：发布时会按检查工具的规则检查已接受的内容，把文章写入 data/articles/${file}，把视察加入 data/visits.geojson（原文件保留为 data/visits.geojson.bak），并重新构建地图。`,
  publishing: '正在发布：检查、写入文件、重新构建地图…',
  publishedProject: (file, visits, total) =>
    `已发布：已写入 data/articles/${file}，${visits} 次视察已加入 data/visits.geojson（共 ${total} 次）；地图已重新构建。`,
  publishedHere: (visits) => `${visits} 次已接受的视察已发布到本项目。`,
  openMap: '在地图上打开这次视察',
  otherVisits: '地图上的其他新视察：',
  afterPublish: '此后的修改要再次发布才会进入项目：再次发布这篇文章会替换它的视察。',
  republishNote: (title, visits) =>
    visits
      ? `这篇文章已在地图上（“${title}”，${visits} 次视察）：再次发布会用这里已接受的内容替换这些视察及其引语和数据。原文件保留为 data/visits.geojson.bak。`
      : `这篇文章已在地图上（“${title}”，其引语和数据并入了其他报道的视察）：再次发布会用这里已接受的内容替换它们。原文件保留为 data/visits.geojson.bak。`,
  replacedVisits: (n) =>
    `它们替换了这篇文章原有的 ${n} 次视察（原文件为 data/visits.geojson.bak）。`,
  publishFailed: {
    forbidden: '服务器拒绝：只有它在本机提供的页面才能发布。',
    'bad-request': '服务器无法读取发送的内容：未发布任何内容。',
    'not-json': '服务器无法读取发送的内容：未发布任何内容。',
    'too-large': '内容过大，无法发送：未发布任何内容。',
    'existing-problems':
      '项目的 data/visits.geojson 本身有问题：修正之前不会合并任何内容（npm run check-data 会列出这些问题）。',
    held: '项目中已有另一篇文本使用这篇文章的标识，或这篇文章的某次视察还包含另一篇报道的内容：未发布任何内容。',
    exists: 'data/articles/ 中已有同名的另一篇文本：未发布任何内容。',
    problems: '检查工具在合并后的文件中发现问题：未发布任何内容。',
    changed: '发布期间 data/visits.geojson 被修改：未发布任何内容。请重试。',
    'write-failed': '无法写入文件：没有做其他修改。',
    'rebuild-failed': '已发布，但地图未能重新构建：请重启服务器（npm start）以查看新视察。',
    unreachable: '项目的服务器没有响应（它还在运行吗？）：未发布任何内容。',
  },
  downloaded: (article, visits, merged) =>
    merged
      ? `已下载。请把 ${article} 放入 data/articles/，把 ${visits} 放入 data/ 替换原文件，然后重新构建（npm start）。`
      : `已下载。请把 ${article} 放入 data/articles/。${visits} 只含这篇文章的视察：要加入地图，请先在上方打开现有的 data/visits.geojson 再下载。`,
};
