/**
 * Queries typed into the real search box, and the page each must reach. The expected page is
 * named by a phrase of its title, not by its id, so the table survives the normaliser renaming
 * pages; if a phrase stops matching exactly one question page, the test says so: update it here.
 */
export interface SearchCase {
  /** What the reader types. */
  query: string;
  /** The UI the reader searches from: the Chinese root or English `/en/`. */
  ui: 'zh-CN' | 'en';
  /** A phrase only the expected question's title contains. */
  titleHas: string;
}

export const SEARCH_CASES: SearchCase[] = [
  { query: '绑定挂载', ui: 'zh-CN', titleHas: '绑定挂载' },
  { query: '容器和虚拟机的区别', ui: 'zh-CN', titleHas: '容器和虚拟机的主要区别' },
  // No title says 分层: the reader's word for layers reaches 什么是镜像层 (Image Layer)？
  { query: '镜像分层', ui: 'zh-CN', titleHas: '什么是镜像层' },
  { query: '启动命令', ui: 'zh-CN', titleHas: 'ENTRYPOINT' },
  { query: 'ENTRYPOINT', ui: 'zh-CN', titleHas: 'ENTRYPOINT' },
  { query: 'bind mount', ui: 'en', titleHas: '绑定挂载' },
  // English words an English stemmer changes (registry -> registri): found from both UIs.
  { query: 'registry', ui: 'en', titleHas: '注册服务器 ( Registry)' },
  { query: 'copy', ui: 'zh-CN', titleHas: 'COPY 和 ADD' },
  // English UI, Chinese query: must reach the Chinese page (the English index has no copy of it).
  { query: '虚拟机', ui: 'en', titleHas: '容器和虚拟机的主要区别' },
];
