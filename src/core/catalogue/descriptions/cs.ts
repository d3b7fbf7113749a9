import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in cs. */
const cs: ServiceDescriptions = {
  'google-analytics':
    "Počítá návštěvy a zaznamenává, které stránky si prohlížíte a jak jste se na web dostali, abychom viděli, jak se web používá, a mohli ho zlepšovat.",
  'google-tag-manager':
    "Načítá další nástroje, které tento web používá, například analytické nebo reklamní značky, podle pravidel, která nastavíme. Při jeho načtení Google obdrží vaši IP adresu a údaje o vašem prohlížeči.",
  'google-ads':
    "Měří, zda naše reklamy v Google vedou k návštěvám a nákupům na tomto webu, a umožňuje Googlu, aby vám na základě vaší návštěvy znovu zobrazoval naše reklamy na jiných webech.",
  'meta-pixel':
    "Sděluje společnosti Meta, které stránky na tomto webu navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy na Facebooku a Instagramu a zobrazovat je vám i lidem s podobnými zájmy.",
  'clarity':
    "Zaznamenává, jak na našich stránkách klikáte, posouváte a pohybujete se, a vytváří z toho záznamy relací a teplotní mapy, které nám pomáhají hledat a opravovat chyby webu.",
  'microsoft-ads':
    "Měří, zda naše reklamy na Bingu a v dalších službách Microsoftu vedou k návštěvám a nákupům na tomto webu, a umožňuje Microsoftu, aby vám naše reklamy později znovu zobrazil.",
  'hotjar':
    "Zaznamenává, jak se návštěvníci na stránkách pohybují, kam klikají a jak posouvají, aby nám ukázal teplotní mapy a záznamy relací, které nám pomáhají web zlepšovat.",
  'matomo':
    "Počítá návštěvy, zobrazené stránky a odkud návštěvníci přicházejí a rozpoznává vracející se prohlížeče, abychom viděli, jak se web používá, a mohli ho zlepšovat.",
  'plausible':
    "Počítá zobrazení stránek, odkud návštěvníci přicházejí a jaká zařízení používají, bez cookies a bez ukládání IP adres. Vidíme jen celkové počty, ne jednotlivé návštěvníky.",
  'linkedin-insight':
    "Sděluje službě LinkedIn, které naše stránky navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy ve službě LinkedIn a zobrazovat je lidem, kteří tento web navštívili.",
  'tiktok-pixel':
    "Sděluje službě TikTok, které naše stránky navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy ve službě TikTok a zobrazovat je lidem, kteří tento web navštívili.",
  'pinterest-tag':
    "Sděluje službě Pinterest, které naše stránky navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy ve službě Pinterest a zobrazovat je lidem, kteří tento web navštívili.",
  'hubspot':
    "Zaznamenává stránky, které navštívíte, a propojuje je s kontaktními údaji, které nám zadáte ve formuláři, abychom viděli, jak nás návštěvníci nacházejí, a mohli vyřizovat jejich dotazy.",
  'intercom':
    "Zajišťuje okno chatu na našich stránkách, abyste nám mohli psát. Rozpozná váš prohlížeč, takže se můžete vrátit k dřívějším konverzacím.",
  'youtube':
    "Přehrává na našich stránkách videa z YouTube. Google získává vaši IP adresu a informace o tom, která videa sledujete, a ukládá soubory cookie, aby si pamatoval vaše nastavení.",
  'vimeo':
    "Přehrává videa, která máme na Vimeu. Vimeo získává vaši IP adresu a ukládá soubory cookie, aby si pamatovalo nastavení vašeho přehrávače a počítalo pro nás zhlédnutí.",
  'google-maps':
    "Zobrazuje na našich stránkách interaktivní mapy od Googlu. Google získává vaši IP adresu a oblast mapy, kterou si prohlížíte, a může ukládat soubory cookie, aby si pamatoval vaše nastavení.",
};

export default cs;
