import type { Texts } from './texts.js';

/** Czech (čeština). */
const cs: Texts = {
  lang: 'cs',
  bannerTitle: 'Vaše soukromí',
  bannerDescription:
    'Používáme cookies, které jsou nezbytně nutné pro fungování tohoto webu. S vaším souhlasem bychom rádi používali také volitelné cookies pro níže uvedené účely. Svou volbu můžete kdykoli změnit v nastavení cookies.',
  purposesLabel: 'Volitelné cookies:',
  policyLink: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  preferencesTitle: 'Nastavení cookies',
  preferencesDescription:
    'Vyberte, které cookies smí tento web používat. Nezbytně nutné cookies jsou vždy zapnuté, protože bez nich web nemůže fungovat. Vaše volba platí jen pro tento web a můžete ji kdykoli změnit.',
  save: 'Uložit výběr',
  close: 'Zavřít',
  alwaysOn: 'Vždy aktivní',
  gpcNotice: 'Respektujeme signál Global Privacy Control z vašeho prohlížeče: marketingové cookies zůstávají vypnuté.',
  settingsButton: 'Nastavení cookies',
  consentId: 'ID vašeho souhlasu',
  placeholderNotice: 'Tento obsah je zablokován, protože používá cookies z kategorie „{category}“.',
  loadOnce: 'Načíst jen tentokrát',
  allowCategory: 'Povolit kategorii „{category}“',
  optOutDescription:
    'Používáme cookies a podobné technologie pro analytiku, funkčnost a reklamu. Podle zákonů o ochraně soukromí v amerických státech může používání marketingových cookies představovat prodej nebo sdílení vašich osobních údajů. Kdykoli to můžete odmítnout.',
  privacyChoices: 'Vaše volby ochrany soukromí',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  optOutHonored: 'Žádost o odmítnutí vyřízena',
  optOutPurposesLabel: 'Zapnuté, dokud je nevypnete:',
  declaration: {
    cookies: 'Cookies a úložiště',
    name: 'Název',
    provider: 'Poskytovatel',
    purpose: 'Účel',
    lifetime: 'Doba platnosti',
    type: 'Typ',
    cookie: 'Cookie',
    storage: 'Místní úložiště',
    session: 'Do zavření prohlížeče',
    persistent: 'Do smazání',
    privacyPolicy: 'Zásady ochrany osobních údajů',
    yourChoices: 'Vaše volba',
    decidedOn: 'Rozhodnuto dne',
    notDecided: 'Zatím jste se nerozhodli.',
    allowed: 'Povoleno',
    notAllowed: 'Nepovoleno',
    change: 'Změnit výběr',
    purposes: {
      visitorId: 'Rozpozná váš prohlížeč při dalších návštěvách',
      session: 'Sleduje aktuální návštěvu',
      adMeasurement: 'Měří, zda reklamy vedly k návštěvám nebo nákupům',
      adTargeting: 'Zobrazuje vám reklamy podle vašich zájmů',
      consent: 'Ukládá vaši volbu pro tuto službu',
      settings: 'Pamatuje si vaše nastavení pro tuto službu',
      security: 'Chrání před podvody a zneužitím',
      technical: 'Zajišťuje fungování služby',
      chat: 'Udržuje vaši konverzaci',
    },
  },
  categories: {
    necessary: {
      label: 'Nezbytně nutné',
      description:
        'Jsou nutné pro fungování webu: zajišťují vaše přihlášení, pamatují si obsah košíku a vaše nastavení cookies a chrání před podvody. Nelze je vypnout.',
    },
    analytics: {
      label: 'Analytické',
      description:
        'Počítají návštěvy a zdroje návštěvnosti, abychom mohli měřit a zlepšovat výkon webu. Informace jsou souhrnné a nepoužívají se k vaší identifikaci.',
    },
    functionality: {
      label: 'Funkční',
      description:
        'Pamatují si vaše volby, například jazyk nebo region, a umožňují rozšířené funkce, jako jsou vložená videa, mapy a chat.',
    },
    targeting: {
      label: 'Marketingové',
      description:
        'Ukládáme je my nebo naši reklamní partneři, aby bylo možné vytvořit profil vašich zájmů a zobrazovat vám relevantní reklamy na jiných webech. Také omezují, jak často stejnou reklamu vidíte, a měří úspěšnost kampaní.',
    },
  },
};

export default cs;
