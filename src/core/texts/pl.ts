import type { Texts } from './texts.js';

/** Polish (polski). */
const pl: Texts = {
  lang: 'pl',
  bannerTitle: 'Twoja prywatność',
  bannerDescription:
    'Używamy plików cookie, które są niezbędne do działania tej strony. Za Twoją zgodą chcielibyśmy też używać opcjonalnych plików cookie w celach wymienionych poniżej. Swój wybór możesz w każdej chwili zmienić w ustawieniach plików cookie.',
  purposesLabel: 'Opcjonalne pliki cookie:',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesDescription:
    'Wybierz, z jakich plików cookie może korzystać ta strona. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich strona nie może działać. Twój wybór dotyczy tylko tej strony i możesz go zmienić w każdej chwili.',
  save: 'Zapisz mój wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  gpcNotice: 'Respektujemy sygnał Global Privacy Control z Twojej przeglądarki: marketingowe pliki cookie pozostają wyłączone.',
  settingsButton: 'Ustawienia plików cookie',
  consentId: 'Identyfikator Twojej zgody',
  placeholderNotice: 'Ta treść jest zablokowana, ponieważ używa plików cookie z kategorii „{category}”.',
  loadOnce: 'Wczytaj jednorazowo',
  allowCategory: 'Zezwól na kategorię „{category}”',
  optOutDescription:
    'Używamy plików cookie i podobnych technologii do celów analitycznych, funkcjonalnych i reklamowych. Zgodnie z przepisami o ochronie prywatności obowiązującymi w stanach USA marketingowe pliki cookie mogą zostać uznane za sprzedaż lub udostępnianie Twoich danych osobowych. W każdej chwili możesz z tego zrezygnować.',
  privacyChoices: 'Twoje wybory dotyczące prywatności',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  optOutHonored: 'Żądanie rezygnacji zostało uwzględnione',
  optOutPurposesLabel: 'Włączone, chyba że je wyłączysz:',
  declaration: {
    cookies: 'Pliki cookie i pamięć lokalna',
    name: 'Nazwa',
    provider: 'Dostawca',
    purpose: 'Cel',
    lifetime: 'Okres przechowywania',
    type: 'Typ',
    cookie: 'Plik cookie',
    storage: 'Pamięć lokalna',
    session: 'Do zamknięcia przeglądarki',
    persistent: 'Do usunięcia',
    privacyPolicy: 'Polityka prywatności',
    yourChoices: 'Twój wybór',
    decidedOn: 'Data wyboru',
    notDecided: 'Nie dokonano jeszcze wyboru.',
    allowed: 'Dozwolone',
    notAllowed: 'Niedozwolone',
    change: 'Zmień mój wybór',
    purposes: {
      visitorId: 'Rozpoznaje Twoją przeglądarkę podczas kolejnych wizyt',
      session: 'Śledzi bieżącą wizytę',
      adMeasurement: 'Mierzy, czy reklamy doprowadziły do wizyt lub zakupów',
      adTargeting: 'Wyświetla Ci reklamy dopasowane do Twoich zainteresowań',
      consent: 'Przechowuje Twój wybór dotyczący tej usługi',
      settings: 'Zapamiętuje Twoje ustawienia tej usługi',
      security: 'Chroni przed oszustwami i nadużyciami',
      technical: 'Zapewnia działanie usługi',
      chat: 'Podtrzymuje Twoją rozmowę',
    },
  },
  categories: {
    necessary: {
      label: 'Niezbędne',
      description:
        'Są potrzebne do działania strony: utrzymują sesję logowania, zapamiętują zawartość koszyka i Twoje ustawienia plików cookie oraz chronią przed oszustwami. Nie można ich wyłączyć.',
    },
    analytics: {
      label: 'Analityczne',
      description:
        'Zliczają odwiedziny i źródła ruchu, abyśmy mogli mierzyć i poprawiać działanie strony. Informacje są agregowane i nie służą do Twojej identyfikacji.',
    },
    functionality: {
      label: 'Funkcjonalne',
      description:
        'Zapamiętują dokonane przez Ciebie wybory, np. język lub region, i umożliwiają korzystanie z dodatkowych funkcji, takich jak osadzone filmy, mapy i czat.',
    },
    targeting: {
      label: 'Marketingowe',
      description:
        'Zapisywane przez nas lub naszych partnerów reklamowych w celu tworzenia profilu Twoich zainteresowań i wyświetlania Ci dopasowanych reklam na innych stronach. Ograniczają też liczbę wyświetleń tej samej reklamy i mierzą skuteczność kampanii.',
    },
  },
};

export default pl;
