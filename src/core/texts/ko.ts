import type { Texts } from './texts.js';

/** Korean (한국어). */
const ko: Texts = {
  lang: 'ko',
  bannerTitle: '개인정보 보호 설정',
  bannerDescription:
    '이 사이트는 운영에 반드시 필요한 쿠키를 사용합니다. 동의해 주시면 아래 목적으로 선택 쿠키도 사용하고자 합니다. 선택 사항은 쿠키 설정에서 언제든지 변경할 수 있습니다.',
  purposesLabel: '선택 쿠키:',
  policyLink: '개인정보 처리방침',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  customize: '맞춤 설정',
  preferencesTitle: '쿠키 설정',
  preferencesDescription:
    '이 사이트에서 사용할 수 있는 쿠키를 선택할 수 있습니다. 필수 쿠키는 사이트 작동에 꼭 필요하므로 항상 활성화되어 있습니다. 선택 사항은 이 사이트에만 적용되며 언제든지 변경할 수 있습니다.',
  save: '선택 사항 저장',
  close: '닫기',
  alwaysOn: '항상 활성',
  gpcNotice: '브라우저의 Global Privacy Control 신호에 따라 타겟팅 쿠키는 비활성화된 상태로 유지됩니다.',
  settingsButton: '쿠키 설정',
  consentId: '동의 ID',
  placeholderNotice: '이 콘텐츠는 ‘{category}’ 쿠키를 설정하므로 차단되었습니다.',
  loadOnce: '이번만 불러오기',
  allowCategory: '‘{category}’ 허용',
  optOutDescription:
    '이 사이트는 분석, 기능, 광고를 위해 쿠키 및 유사한 기술을 사용합니다. 미국 주 개인정보 보호법에 따라 타겟팅 쿠키는 개인정보의 판매 또는 공유로 간주될 수 있습니다. 언제든지 거부할 수 있습니다.',
  privacyChoices: '개인정보 보호 선택',
  doNotSell: '내 개인정보 판매 또는 공유 거부',
  optOutHonored: '거부 요청이 반영되었습니다',
  optOutPurposesLabel: '끄지 않으면 활성:',
  declaration: {
    cookies: '쿠키 및 저장소',
    name: '이름',
    provider: '제공자',
    purpose: '목적',
    lifetime: '보관 기간',
    type: '유형',
    cookie: '쿠키',
    storage: '로컬 스토리지',
    session: '브라우저를 닫을 때까지',
    persistent: '삭제될 때까지',
    privacyPolicy: '개인정보 처리방침',
    yourChoices: '내 선택 사항',
    decidedOn: '선택 일자',
    notDecided: '아직 선택하지 않았습니다.',
    allowed: '허용됨',
    notAllowed: '허용 안 됨',
    change: '선택 사항 변경',
    purposes: {
      visitorId: '다음 방문 시 브라우저를 인식합니다',
      session: '현재 방문 상태를 유지합니다',
      adMeasurement: '광고가 방문이나 구매로 이어졌는지 측정합니다',
      adTargeting: '관심사에 따른 광고를 표시합니다',
      consent: '이 서비스에 대한 선택 사항을 저장합니다',
      settings: '이 서비스의 설정을 기억합니다',
      security: '사기 및 악용을 방지합니다',
      technical: '서비스가 정상적으로 작동하도록 합니다',
      chat: '대화가 계속 이어지도록 합니다',
    },
  },
  categories: {
    necessary: {
      label: '필수',
      description:
        '사이트 작동에 필요한 쿠키입니다. 로그인 상태를 유지하고, 장바구니와 쿠키 선택 사항을 기억하며, 사기를 방지합니다. 이 쿠키는 끌 수 없습니다.',
    },
    analytics: {
      label: '분석',
      description:
        '방문 수와 유입 경로를 집계하여 사이트 성능을 측정하고 개선하는 데 사용합니다. 정보는 종합된 형태로 처리되며 개인을 식별하는 데 사용되지 않습니다.',
    },
    functionality: {
      label: '기능',
      description:
        '언어나 지역 등 사용자가 선택한 설정을 기억하고, 삽입된 동영상, 지도, 채팅 같은 확장 기능을 사용할 수 있게 합니다.',
    },
    targeting: {
      label: '타겟팅',
      description:
        '당사 또는 광고 파트너가 설정하는 쿠키로, 관심사 프로필을 만들어 다른 사이트에서 관련성 높은 광고를 보여 주는 데 사용됩니다. 또한 같은 광고가 표시되는 횟수를 제한하고 광고 캠페인의 성과를 측정합니다.',
    },
  },
};

export default ko;
