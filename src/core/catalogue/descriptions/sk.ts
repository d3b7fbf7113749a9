import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in sk. */
const sk: ServiceDescriptions = {
  'google-analytics':
    "Počíta návštevy a zaznamenáva, ktoré podstránky si prezeráte a ako ste sa k nám dostali, aby sme videli, ako sa stránka používa, a mohli ju zlepšovať.",
  'google-tag-manager':
    "Načítava ďalšie nástroje, ktoré táto stránka používa, napríklad analytické alebo reklamné značky, podľa pravidiel, ktoré nastavíme. Pri jeho načítaní Google dostane vašu IP adresu a údaje o vašom prehliadači.",
  'google-ads':
    "Meria, či naše reklamy v Google vedú k návštevám a nákupom na tejto stránke, a umožňuje Googlu, aby vám na základe vašej návštevy znova zobrazoval naše reklamy na iných stránkach.",
  'meta-pixel':
    "Oznamuje spoločnosti Meta, ktoré podstránky navštevujete a čo robíte na tejto stránke, aby sme mohli merať naše reklamy na Facebooku a Instagrame a zobrazovať ich vám aj ľuďom s podobnými záujmami.",
  'clarity':
    "Zaznamenáva, ako na našich podstránkach klikáte, posúvate a pohybujete sa, a vytvára z toho záznamy relácií a teplotné mapy, ktoré nám pomáhajú nájsť a opraviť problémy stránky.",
  'microsoft-ads':
    "Meria, či naše reklamy na Bingu a v ďalších službách Microsoftu vedú k návštevám a nákupom na tejto stránke, a umožňuje Microsoftu, aby vám naše reklamy neskôr znova zobrazil.",
  'hotjar':
    "Zaznamenáva, ako sa návštevníci pohybujú po stránkach, kam klikajú a ako posúvajú, aby zobrazoval teplotné mapy a záznamy relácií, ktoré nám pomáhajú zlepšovať stránku.",
  'matomo':
    "Počíta návštevy, zobrazené stránky a to, odkiaľ návštevníci prichádzajú, a rozpoznáva vracajúce sa prehliadače, aby sme videli, ako sa stránka používa, a mohli ju zlepšovať.",
  'plausible':
    "Počíta zobrazenia stránok, to, odkiaľ návštevníci prichádzajú a aké zariadenia používajú, bez súborov cookie a bez ukladania IP adries. Vidíme len celkové počty, nie jednotlivých návštevníkov.",
  'linkedin-insight':
    "Oznamuje službe LinkedIn, ktoré naše stránky navštevujete a čo na nich robíte, aby sme mohli merať naše reklamy v službe LinkedIn a zobrazovať ich ľuďom, ktorí túto stránku navštívili.",
  'tiktok-pixel':
    "Oznamuje službe TikTok, ktoré naše stránky navštevujete a čo na nich robíte, aby sme mohli merať naše reklamy v službe TikTok a zobrazovať ich ľuďom, ktorí túto stránku navštívili.",
  'pinterest-tag':
    "Oznamuje službe Pinterest, ktoré naše stránky navštevujete a čo na nich robíte, aby sme mohli merať naše reklamy v službe Pinterest a zobrazovať ich ľuďom, ktorí túto stránku navštívili.",
  'hubspot':
    "Zaznamenáva stránky, ktoré navštívite, a prepája ich s kontaktnými údajmi, ktoré nám zadáte vo formulári, aby sme videli, ako nás návštevníci nachádzajú, a mohli vybavovať ich otázky.",
  'intercom':
    "Zabezpečuje okno chatu na našich stránkach, aby ste nám mohli písať. Rozpozná váš prehliadač, takže sa môžete vrátiť k predchádzajúcim konverzáciám.",
  'youtube':
    "Prehráva na našich stránkach videá z YouTube. Google dostáva vašu IP adresu a informácie o tom, ktoré videá pozeráte, a ukladá súbory cookie, aby si pamätal vaše nastavenia.",
  'vimeo':
    "Prehráva videá, ktoré máme na Vimeu. Vimeo dostáva vašu IP adresu a ukladá súbory cookie, aby si pamätalo nastavenia vášho prehrávača a počítalo pre nás zhliadnutia.",
  'google-maps':
    "Zobrazuje na našich stránkach interaktívne mapy od Googlu. Google dostáva vašu IP adresu a oblasť mapy, ktorú si prezeráte, a môže ukladať súbory cookie, aby si pamätal vaše nastavenia.",
};

export default sk;
