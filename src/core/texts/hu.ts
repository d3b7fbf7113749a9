import type { Texts } from './texts.js';

/** Hungarian (magyar). */
const hu: Texts = {
  lang: 'hu',
  bannerTitle: 'Az Ön adatvédelmi beállításai',
  bannerDescription:
    'A webhely működéséhez feltétlenül szükséges sütiket használunk. Az Ön hozzájárulásával az alább felsorolt célokra nem kötelező sütiket is szeretnénk használni. Döntését bármikor módosíthatja a sütibeállításokban.',
  purposesLabel: 'Nem kötelező sütik:',
  policyLink: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  preferencesTitle: 'Sütibeállítások',
  preferencesDescription:
    'Válassza ki, mely sütiket használhatja ez a webhely. A feltétlenül szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik. Döntése csak erre a webhelyre vonatkozik, és bármikor módosíthatja.',
  save: 'Beállítások mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  gpcNotice: 'Tiszteletben tartjuk böngészője Global Privacy Control jelzését: a marketingsütik kikapcsolva maradnak.',
  settingsButton: 'Sütibeállítások',
  consentId: 'Hozzájárulásának azonosítója',
  placeholderNotice: 'Ez a tartalom le van tiltva, mert „{category}” kategóriájú sütiket használ.',
  loadOnce: 'Egyszeri betöltés',
  allowCategory: '„{category}” kategória engedélyezése',
  optOutDescription:
    'Sütiket és hasonló technológiákat használunk statisztikai, funkcionális és reklámcélokra. Az amerikai államok adatvédelmi törvényei szerint a marketingsütik használata az Ön személyes adatainak eladásának vagy megosztásának minősülhet. Ez ellen bármikor tiltakozhat.',
  privacyChoices: 'Az Ön adatvédelmi beállításai',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  optOutHonored: 'Tiltakozási kérelem teljesítve',
  optOutPurposesLabel: 'Bekapcsolva, amíg ki nem kapcsolja őket:',
  declaration: {
    cookies: 'Sütik és tárhely',
    name: 'Név',
    provider: 'Szolgáltató',
    purpose: 'Cél',
    lifetime: 'Élettartam',
    type: 'Típus',
    cookie: 'Süti',
    storage: 'Helyi tárhely',
    session: 'A böngésző bezárásáig',
    persistent: 'Törlésig',
    privacyPolicy: 'Adatvédelmi tájékoztató',
    yourChoices: 'Az Ön döntése',
    decidedOn: 'Döntés időpontja',
    notDecided: 'Még nem hozott döntést.',
    allowed: 'Engedélyezve',
    notAllowed: 'Nincs engedélyezve',
    change: 'Döntés módosítása',
    purposes: {
      visitorId: 'Felismeri a böngészőjét a későbbi látogatások során',
      session: 'Nyomon követi az aktuális látogatást',
      adMeasurement: 'Méri, hogy a hirdetések eredményeztek-e látogatást vagy vásárlást',
      adTargeting: 'Az Ön érdeklődésén alapuló hirdetéseket jelenít meg',
      consent: 'Tárolja az Ön döntését erre a szolgáltatásra vonatkozóan',
      settings: 'Megjegyzi az Ön beállításait ehhez a szolgáltatáshoz',
      security: 'Véd a csalás és a visszaélés ellen',
      technical: 'Biztosítja a szolgáltatás működését',
      chat: 'Lehetővé teszi a beszélgetés folytatását',
    },
  },
  categories: {
    necessary: {
      label: 'Feltétlenül szükséges',
      description:
        'A webhely működéséhez szükségesek: biztosítják, hogy bejelentkezve maradjon, megjegyzik a kosara tartalmát és a sütikkel kapcsolatos döntéseit, valamint védenek a csalások ellen. Nem kapcsolhatók ki.',
    },
    analytics: {
      label: 'Statisztika',
      description:
        'Megszámolják a látogatásokat és a forgalmi forrásokat, hogy mérni és javítani tudjuk a webhely teljesítményét. Az adatokat összesítve kezeljük, és nem használjuk fel az Ön azonosítására.',
    },
    functionality: {
      label: 'Funkcionális',
      description:
        'Megjegyzik az Ön által megadott beállításokat, például a nyelvet vagy a régiót, és bővített funkciókat tesznek lehetővé, például beágyazott videókat, térképeket és csevegést.',
    },
    targeting: {
      label: 'Marketing',
      description:
        'Ezeket mi vagy hirdetési partnereink helyezzük el, hogy profilt készítsünk az Ön érdeklődési köréről, és releváns hirdetéseket jelenítsünk meg Önnek más webhelyeken. Emellett korlátozzák, hogy milyen gyakran lát egy hirdetést, és mérik a kampányok hatékonyságát.',
    },
  },
};

export default hu;
