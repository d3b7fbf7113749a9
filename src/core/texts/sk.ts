import type { Texts } from './texts.js';

/** Slovak (slovenčina). */
const sk: Texts = {
  lang: 'sk',
  bannerTitle: 'Vaše súkromie',
  bannerDescription:
    'Používame súbory cookie, ktoré sú nevyhnutné na fungovanie tejto stránky. S vaším súhlasom by sme radi používali aj voliteľné súbory cookie na účely uvedené nižšie. Svoju voľbu môžete kedykoľvek zmeniť v nastaveniach súborov cookie.',
  purposesLabel: 'Voliteľné súbory cookie:',
  policyLink: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  preferencesTitle: 'Nastavenia súborov cookie',
  preferencesDescription:
    'Vyberte, ktoré súbory cookie môže táto stránka používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich stránka nemôže fungovať. Vaša voľba platí len pre túto stránku a môžete ju kedykoľvek zmeniť.',
  save: 'Uložiť môj výber',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  gpcNotice: 'Rešpektujeme signál Global Privacy Control z vášho prehliadača: marketingové súbory cookie zostávajú vypnuté.',
  settingsButton: 'Nastavenia súborov cookie',
  consentId: 'ID vášho súhlasu',
  placeholderNotice: 'Tento obsah je zablokovaný, pretože používa súbory cookie kategórie „{category}“.',
  loadOnce: 'Načítať jednorazovo',
  allowCategory: 'Povoliť kategóriu „{category}“',
  optOutDescription:
    'Používame súbory cookie a podobné technológie na analytiku, funkčnosť a reklamu. Podľa zákonov o ochrane súkromia v amerických štátoch môže používanie marketingových súborov cookie predstavovať predaj alebo zdieľanie vašich osobných údajov. Kedykoľvek to môžete odmietnuť.',
  privacyChoices: 'Vaše voľby ochrany súkromia',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  optOutHonored: 'Žiadosť o odmietnutie vybavená',
  optOutPurposesLabel: 'Zapnuté, kým ich nevypnete:',
  declaration: {
    cookies: 'Súbory cookie a úložisko',
    name: 'Názov',
    provider: 'Poskytovateľ',
    purpose: 'Účel',
    lifetime: 'Doba uchovávania',
    type: 'Typ',
    cookie: 'Súbor cookie',
    storage: 'Lokálne úložisko',
    session: 'Do zatvorenia prehliadača',
    persistent: 'Do vymazania',
    privacyPolicy: 'Zásady ochrany osobných údajov',
    yourChoices: 'Vaša voľba',
    decidedOn: 'Dátum voľby',
    notDecided: 'Zatiaľ ste sa nerozhodli.',
    allowed: 'Povolené',
    notAllowed: 'Nepovolené',
    change: 'Zmeniť môj výber',
    purposes: {
      visitorId: 'Rozpoznáva váš prehliadač pri ďalších návštevách',
      session: 'Sleduje aktuálnu návštevu',
      adMeasurement: 'Meria, či reklamy viedli k návštevám alebo nákupom',
      adTargeting: 'Zobrazuje vám reklamy podľa vašich záujmov',
      consent: 'Ukladá vašu voľbu pre túto službu',
      settings: 'Pamätá si vaše nastavenia pre túto službu',
      security: 'Chráni pred podvodmi a zneužitím',
      technical: 'Zabezpečuje fungovanie služby',
      chat: 'Udržiava vašu konverzáciu',
    },
  },
  categories: {
    necessary: {
      label: 'Nevyhnutné',
      description:
        'Sú potrebné na fungovanie stránky: udržiavajú vaše prihlásenie, pamätajú si váš nákupný košík a vaše voľby týkajúce sa súborov cookie a chránia pred podvodmi. Nedajú sa vypnúť.',
    },
    analytics: {
      label: 'Analytické',
      description:
        'Počítajú návštevy a zdroje návštevnosti, aby sme mohli merať a zlepšovať výkon stránky. Informácie sa spracúvajú v súhrnnej podobe a nepoužívajú sa na vašu identifikáciu.',
    },
    functionality: {
      label: 'Funkčné',
      description:
        'Pamätajú si vaše voľby, napríklad jazyk alebo región, a umožňujú rozšírené funkcie, ako sú vložené videá, mapy a chat.',
    },
    targeting: {
      label: 'Marketingové',
      description:
        'Ukladáme ich my alebo naši reklamní partneri s cieľom vytvoriť profil vašich záujmov a zobrazovať vám relevantné reklamy na iných stránkach. Obmedzujú aj to, ako často vidíte tú istú reklamu, a merajú úspešnosť kampaní.',
    },
  },
};

export default sk;
