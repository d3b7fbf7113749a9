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
