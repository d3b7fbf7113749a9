import type { Texts } from './texts.js';

/** Turkish (Türkçe). */
const tr: Texts = {
  lang: 'tr',
  bannerTitle: 'Gizlilik tercihleriniz',
  bannerDescription:
    'Bu sitenin çalışması için kesinlikle gerekli olan çerezleri kullanıyoruz. Onay vermeniz hâlinde aşağıda belirtilen amaçlar için isteğe bağlı çerezler de kullanmak istiyoruz. Tercihinizi istediğiniz zaman çerez ayarlarından değiştirebilirsiniz.',
  purposesLabel: 'İsteğe bağlı çerezler:',
  policyLink: 'Gizlilik politikası',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  preferencesTitle: 'Çerez ayarları',
  preferencesDescription:
    'Bu sitenin hangi çerezleri kullanabileceğini seçin. Kesinlikle gerekli çerezler her zaman açıktır, çünkü site bunlar olmadan çalışamaz. Tercihiniz yalnızca bu site için geçerlidir ve istediğiniz zaman değiştirebilirsiniz.',
  save: 'Tercihlerimi kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman açık',
  gpcNotice: 'Tarayıcınızın gönderdiği Global Privacy Control sinyaline uyuyoruz: pazarlama çerezleri kapalı kalır.',
  settingsButton: 'Çerez ayarları',
  consentId: 'Onay kimliğiniz',
  placeholderNotice: 'Bu içerik “{category}” kategorisindeki çerezleri kullandığı için engellendi.',
  loadOnce: 'Bir kez yükle',
  allowCategory: '“{category}” çerezlerine izin ver',
  optOutDescription:
    'Analiz, işlevsellik ve reklam amacıyla çerezler ve benzeri teknolojiler kullanıyoruz. ABD eyaletlerinin gizlilik yasalarına göre pazarlama çerezleri, kişisel verilerinizin satışı veya paylaşımı sayılabilir. Bunu istediğiniz zaman reddedebilirsiniz.',
  privacyChoices: 'Gizlilik tercihleriniz',
  doNotSell: 'Kişisel verilerimi satmayın veya paylaşmayın',
  optOutHonored: 'Ret talebi yerine getirildi',
  optOutPurposesLabel: 'Siz kapatmadıkça açık:',
  declaration: {
    cookies: 'Çerezler ve depolama',
    name: 'Ad',
    provider: 'Sağlayıcı',
    purpose: 'Amaç',
    lifetime: 'Saklama süresi',
    type: 'Tür',
    cookie: 'Çerez',
    storage: 'Yerel depolama',
    session: 'Tarayıcı kapanana kadar',
    persistent: 'Silinene kadar',
    privacyPolicy: 'Gizlilik politikası',
    yourChoices: 'Tercihleriniz',
    decidedOn: 'Tercih tarihi',
    notDecided: 'Henüz bir tercih yapmadınız.',
    allowed: 'İzin verildi',
    notAllowed: 'İzin verilmedi',
    change: 'Tercihlerimi değiştir',
    purposes: {
      visitorId: 'Sonraki ziyaretlerde tarayıcınızı tanır',
      session: 'Mevcut ziyareti takip eder',
      adMeasurement: 'Reklamların ziyaret veya satın almaya yol açıp açmadığını ölçer',
      adTargeting: 'Size ilgi alanlarınıza göre reklamlar gösterir',
      consent: 'Bu hizmete ilişkin tercihinizi saklar',
      settings: 'Bu hizmetteki ayarlarınızı hatırlar',
      security: 'Dolandırıcılığa ve kötüye kullanıma karşı korur',
      technical: 'Hizmetin çalışmasını sağlar',
      chat: 'Sohbetinizin devam etmesini sağlar',
    },
  },
  categories: {
    necessary: {
      label: 'Kesinlikle gerekli',
      description:
        'Bu çerezler sitenin çalışması için gereklidir: oturumunuzu açık tutar, sepetinizi ve çerez tercihlerinizi hatırlar ve dolandırıcılığa karşı koruma sağlar. Devre dışı bırakılamazlar.',
    },
    analytics: {
      label: 'Analitik',
      description:
        'Sitenin performansını ölçüp iyileştirebilmemiz için ziyaretleri ve trafik kaynaklarını sayar. Bilgiler toplu olarak işlenir ve sizi tanımlamak için kullanılmaz.',
    },
    functionality: {
      label: 'İşlevsel',
      description:
        'Dil veya bölge gibi yaptığınız seçimleri hatırlar; yerleştirilmiş videolar, haritalar ve canlı sohbet gibi gelişmiş özellikleri etkinleştirir.',
    },
    targeting: {
      label: 'Pazarlama',
      description:
        'İlgi alanlarınıza dair bir profil oluşturmak ve size diğer sitelerde ilgili reklamlar göstermek amacıyla tarafımızdan veya reklam ortaklarımız tarafından yerleştirilir. Ayrıca aynı reklamı görme sıklığınızı sınırlar ve kampanyaların etkinliğini ölçer.',
    },
  },
};

export default tr;
