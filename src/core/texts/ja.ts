import type { Texts } from './texts.js';

/** Japanese (日本語). */
const ja: Texts = {
  lang: 'ja',
  bannerTitle: 'プライバシーに関する選択',
  bannerDescription:
    '当サイトでは、サイトの動作に必要不可欠なCookieを使用しています。お客様に同意いただける場合は、以下の目的で任意のCookieも使用させていただきます。選択内容はCookie設定からいつでも変更できます。',
  purposesLabel: '任意のCookie：',
  policyLink: 'プライバシーポリシー',
  acceptAll: 'すべて許可',
  rejectAll: 'すべて拒否',
  customize: 'カスタマイズ',
  preferencesTitle: 'Cookie設定',
  preferencesDescription:
    '当サイトでの使用を許可するCookieを選択してください。必要不可欠なCookieはサイトの動作に欠かせないため、常に有効です。選択内容は当サイトにのみ適用され、いつでも変更できます。',
  save: '選択内容を保存',
  close: '閉じる',
  alwaysOn: '常に有効',
  gpcNotice: 'ブラウザのGlobal Privacy Controlシグナルに従い、ターゲティングCookieは無効のままにしています。',
  settingsButton: 'Cookie設定',
  consentId: '同意ID',
  placeholderNotice: 'このコンテンツは「{category}」のCookieを設定するため、ブロックされています。',
  loadOnce: '今回のみ読み込む',
  allowCategory: '「{category}」を許可',
  optOutDescription:
    '当サイトでは、分析、機能、広告のためにCookieおよび類似の技術を使用しています。米国の州のプライバシー法では、ターゲティングCookieの使用がお客様の個人情報の販売または共有とみなされる場合があります。お客様はいつでもオプトアウトできます。',
  privacyChoices: 'プライバシーの選択',
  doNotSell: '私の個人情報を販売または共有しないでください',
  optOutHonored: 'オプトアウト要求に対応しました',
  optOutPurposesLabel: 'オフにしない限り有効：',
  declaration: {
    cookies: 'Cookieとストレージ',
    name: '名前',
    provider: '提供元',
    purpose: '目的',
    lifetime: '保存期間',
    type: '種類',
    cookie: 'Cookie',
    storage: 'ローカルストレージ',
    session: 'ブラウザを閉じるまで',
    persistent: '削除されるまで',
    privacyPolicy: 'プライバシーポリシー',
    yourChoices: 'お客様の選択内容',
    decidedOn: '選択日',
    notDecided: 'まだ選択されていません。',
    allowed: '許可',
    notAllowed: '不許可',
    change: '選択内容を変更',
    purposes: {
      visitorId: '次回以降の訪問時にお使いのブラウザを識別します',
      session: '現在の訪問の状態を管理します',
      adMeasurement: '広告が訪問や購入につながったかを測定します',
      adTargeting: 'お客様の興味・関心に基づいた広告を表示します',
      consent: 'このサービスに関する選択内容を保存します',
      settings: 'このサービスの設定を記憶します',
      security: '不正行為や悪用を防止します',
      technical: 'サービスが正常に動作するようにします',
      chat: '会話を継続できるようにします',
    },
  },
  categories: {
    necessary: {
      label: '必要不可欠',
      description:
        'サイトの動作に必要なCookieです。ログイン状態の維持、買い物かごの内容やCookieの選択内容の記憶、不正行為の防止に使用されます。無効にすることはできません。',
    },
    analytics: {
      label: '分析',
      description:
        '訪問数や流入元を集計し、サイトのパフォーマンスの測定と改善に役立てます。情報は集計された形で扱われ、お客様個人の特定には使用されません。',
    },
    functionality: {
      label: '機能性',
      description:
        '言語や地域など、お客様が選択した内容を記憶し、埋め込み動画、地図、チャットなどの拡張機能を有効にします。',
    },
    targeting: {
      label: 'ターゲティング',
      description:
        '当社または広告パートナーが設定するCookieで、お客様の興味・関心のプロファイルを作成し、他のサイトで関連性の高い広告を表示するために使用されます。また、同じ広告の表示回数を制限したり、広告キャンペーンの効果を測定したりします。',
    },
  },
};

export default ja;
