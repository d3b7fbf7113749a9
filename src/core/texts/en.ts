import { EN_FIRST_LAYER } from './en-first-layer.js';
import { EN_MORE } from './en-more.js';
import type { Texts } from './texts.js';

/** English, the fallback for every other language: both halves (see en-first-layer.ts). */
const en: Texts = {
  ...EN_FIRST_LAYER,
  ...EN_MORE,
  categories: {
    necessary: { ...EN_FIRST_LAYER.categories.necessary, ...EN_MORE.categories.necessary },
    analytics: { ...EN_FIRST_LAYER.categories.analytics, ...EN_MORE.categories.analytics },
    functionality: { ...EN_FIRST_LAYER.categories.functionality, ...EN_MORE.categories.functionality },
    targeting: { ...EN_FIRST_LAYER.categories.targeting, ...EN_MORE.categories.targeting },
  },
};

export default en;
