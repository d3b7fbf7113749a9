import type { Texts } from './texts.js';

/** Traditional Chinese, Taiwan (繁體中文). */
const zhHant: Texts = {
  lang: 'zh-Hant',
  bannerTitle: '您的隱私權選擇',
  bannerDescription:
    '我們會使用本網站正常運作所必需的 Cookie。經您同意後，我們也希望將選用 Cookie 用於下列目的。您隨時可以在 Cookie 設定中變更您的選擇。',
  purposesLabel: '選用 Cookie：',
  policyLink: '隱私權政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂',
  preferencesTitle: 'Cookie 設定',
  preferencesDescription:
    '請選擇本網站可使用哪些 Cookie。絕對必要的 Cookie 一律啟用，因為網站少了它們就無法運作。您的選擇僅適用於本網站，且隨時可以變更。',
  save: '儲存我的選擇',
  close: '關閉',
  alwaysOn: '一律啟用',
  gpcNotice: '我們遵循您瀏覽器傳送的 Global Privacy Control（全球隱私控制）訊號：目標式廣告 Cookie 將維持停用。',
  settingsButton: 'Cookie 設定',
  consentId: '您的同意 ID',
  placeholderNotice: '此內容已遭封鎖，因為它會設定「{category}」類別的 Cookie。',
  loadOnce: '僅載入這一次',
  allowCategory: '允許「{category}」',
  optOutDescription:
    '我們將 Cookie 及類似技術用於分析、功能及廣告用途。根據美國各州的隱私權法律，目標式廣告 Cookie 可能構成出售或分享您的個人資料。您隨時可以選擇退出。',
  privacyChoices: '您的隱私權選擇',
  doNotSell: '請勿出售或分享我的個人資料',
  optOutHonored: '已遵循選擇退出請求',
  optOutPurposesLabel: '除非您關閉，否則保持啟用：',
  declaration: {
    cookies: 'Cookie 與儲存空間',
    name: '名稱',
    provider: '提供者',
    purpose: '用途',
    lifetime: '有效期限',
    type: '類型',
    cookie: 'Cookie',
    storage: '本機儲存空間',
    session: '直到關閉瀏覽器',
    persistent: '直到刪除為止',
    privacyPolicy: '隱私權政策',
    yourChoices: '您的選擇',
    decidedOn: '選擇日期',
    notDecided: '您尚未做出選擇。',
    allowed: '已允許',
    notAllowed: '未允許',
    change: '變更我的選擇',
    purposes: {
      visitorId: '在您日後造訪時識別您的瀏覽器',
      session: '追蹤目前的造訪',
      adMeasurement: '評估廣告是否帶來造訪或購買',
      adTargeting: '根據您的興趣向您顯示廣告',
      consent: '儲存您對此服務的選擇',
      settings: '記住您對此服務的設定',
      security: '防範詐騙和濫用',
      technical: '確保服務正常運作',
      chat: '讓您的對話得以持續',
    },
  },
  categories: {
    necessary: {
      label: '絕對必要',
      description:
        '網站運作所必需：可讓您維持登入狀態、記住您的購物車和 Cookie 選擇，並防範詐騙。這類 Cookie 無法關閉。',
    },
    analytics: {
      label: '分析',
      description:
        '統計造訪次數和流量來源，讓我們能衡量並改善網站效能。這些資訊會經過彙整，不會用來識別您的身分。',
    },
    functionality: {
      label: '功能性',
      description:
        '記住您所做的選擇（例如語言或地區），並啟用嵌入式影片、地圖與線上聊天等進階功能。',
    },
    targeting: {
      label: '目標式廣告',
      description:
        '由我們或我們的廣告合作夥伴設定，用於建立您的興趣剖析資料，並在其他網站上向您顯示相關廣告。這類 Cookie 也會限制同一則廣告向您顯示的次數，並評估廣告活動的成效。',
    },
  },
};

export default zhHant;
