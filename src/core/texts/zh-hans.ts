import type { Texts } from './texts.js';

/** Simplified Chinese (简体中文). */
const zhHans: Texts = {
  lang: 'zh-Hans',
  bannerTitle: '您的隐私选择',
  bannerDescription:
    '我们使用本网站正常运行所必需的 Cookie。征得您的同意后，我们还希望出于以下目的使用可选 Cookie。您可以随时在 Cookie 设置中更改您的选择。',
  purposesLabel: '可选 Cookie：',
  policyLink: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义',
  preferencesTitle: 'Cookie 设置',
  preferencesDescription:
    '请选择本网站可以使用哪些 Cookie。绝对必要的 Cookie 始终启用，因为没有它们网站就无法正常运行。您的选择仅适用于本网站，且可随时更改。',
  save: '保存我的选择',
  close: '关闭',
  alwaysOn: '始终启用',
  gpcNotice: '我们遵从您浏览器发出的 Global Privacy Control（全球隐私控制）信号：定向广告 Cookie 保持关闭。',
  settingsButton: 'Cookie 设置',
  consentId: '您的同意 ID',
  placeholderNotice: '此内容已被屏蔽，因为它会设置“{category}”类别的 Cookie。',
  loadOnce: '仅本次加载',
  allowCategory: '允许“{category}”',
  optOutDescription:
    '我们将 Cookie 及类似技术用于分析、功能和广告目的。根据美国各州的隐私法律，定向广告 Cookie 可能构成出售或共享您的个人信息。您可以随时选择退出。',
  privacyChoices: '您的隐私选择',
  doNotSell: '请勿出售或共享我的个人信息',
  optOutHonored: '已遵从选择退出请求',
  optOutPurposesLabel: '除非您关闭，否则保持启用：',
  declaration: {
    cookies: 'Cookie 和存储',
    name: '名称',
    provider: '提供方',
    purpose: '用途',
    lifetime: '有效期',
    type: '类型',
    cookie: 'Cookie',
    storage: '本地存储',
    session: '直到浏览器关闭',
    persistent: '直到被删除',
    privacyPolicy: '隐私政策',
    yourChoices: '您的选择',
    decidedOn: '选择日期',
    notDecided: '您尚未做出选择。',
    allowed: '已允许',
    notAllowed: '未允许',
    change: '更改我的选择',
    purposes: {
      visitorId: '在您日后访问时识别您的浏览器',
      session: '跟踪当前访问',
      adMeasurement: '衡量广告是否带来了访问或购买',
      adTargeting: '根据您的兴趣向您展示广告',
      consent: '存储您对此服务的选择',
      settings: '记住您对此服务的设置',
      security: '防范欺诈和滥用',
      technical: '确保服务正常运行',
      chat: '使您的对话得以持续',
    },
  },
  categories: {
    necessary: {
      label: '绝对必要',
      description:
        '网站正常运行所必需：用于保持您的登录状态、记住您的购物车和 Cookie 选择，并防范欺诈。这类 Cookie 无法关闭。',
    },
    analytics: {
      label: '分析',
      description:
        '统计访问量和流量来源，以便我们衡量并改进网站的性能。这些信息经过汇总处理，不会用于识别您的身份。',
    },
    functionality: {
      label: '功能',
      description:
        '记住您所做的选择（例如语言或地区），并启用嵌入视频、地图和聊天等增强功能。',
    },
    targeting: {
      label: '定向广告',
      description:
        '由我们或我们的广告合作伙伴设置，用于建立您的兴趣档案，并在其他网站上向您展示相关广告。这类 Cookie 还会限制同一广告向您展示的次数，并衡量广告活动的效果。',
    },
  },
};

export default zhHans;
