/**
 * The seven topics' sidebar labels, per locale. The topic ids and their order come from the
 * normaliser's data model, so the sidebar, the home page and the generated pages agree.
 */
import { TOPICS, type Topic } from '../scripts/normaliser/model.ts';

export { TOPICS, type Topic };

/** Locales the site ships: the root locale (简体中文) and English. */
export type SiteLocale = 'zh-CN' | 'en';

/** Label of each topic in each locale, as the sidebar and the home page show it. */
export const TOPIC_LABELS: Record<Topic, Record<SiteLocale, string>> = {
  basics: { 'zh-CN': '基础', en: 'Basics' },
  dockerfile: { 'zh-CN': 'Dockerfile', en: 'Dockerfile' },
  networking: { 'zh-CN': '网络', en: 'Networking' },
  storage: { 'zh-CN': '存储', en: 'Storage' },
  internals: { 'zh-CN': '底层原理', en: 'Internals' },
  security: { 'zh-CN': '安全', en: 'Security' },
  orchestration: { 'zh-CN': '编排与运维', en: 'Orchestration' },
};
