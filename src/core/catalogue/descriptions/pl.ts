import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in pl. */
const pl: ServiceDescriptions = {
  'google-analytics':
    "Zlicza odwiedziny i rejestruje, które podstrony przeglądasz i skąd trafiasz na stronę, abyśmy mogli sprawdzić, jak strona jest używana, i ją ulepszać.",
  'google-tag-manager':
    "Wczytuje inne narzędzia używane na tej stronie, np. tagi analityczne lub reklamowe, zgodnie z ustalonymi przez nas regułami. Podczas wczytywania Google otrzymuje Twój adres IP i informacje o Twojej przeglądarce.",
  'google-ads':
    "Mierzy, czy nasze reklamy w Google prowadzą do odwiedzin i zakupów na tej stronie, oraz pozwala Google ponownie wyświetlać Ci nasze reklamy na innych stronach na podstawie Twojej wizyty.",
  'meta-pixel':
    "Przekazuje firmie Meta informacje o odwiedzanych przez Ciebie podstronach i Twoich działaniach na tej stronie, abyśmy mogli mierzyć nasze reklamy na Facebooku i Instagramie oraz wyświetlać je Tobie i osobom o podobnych zainteresowaniach.",
  'clarity':
    "Rejestruje, jak klikasz, przewijasz i poruszasz się po naszych podstronach, tworząc nagrania sesji i mapy cieplne, które pomagają nam znajdować i naprawiać problemy na stronie.",
  'microsoft-ads':
    "Mierzy, czy nasze reklamy w wyszukiwarce Bing i innych usługach Microsoftu prowadzą do odwiedzin i zakupów na tej stronie, oraz pozwala Microsoftowi później ponownie wyświetlić Ci nasze reklamy.",
  'hotjar':
    "Rejestruje, jak odwiedzający poruszają się po stronach, gdzie klikają i jak przewijają, aby pokazywać mapy cieplne i nagrania sesji, które pomagają nam ulepszać stronę.",
  'matomo':
    "Zlicza wizyty, wyświetlone strony i to, skąd przychodzą odwiedzający, oraz rozpoznaje powracające przeglądarki, abyśmy mogli zobaczyć, jak strona jest używana, i ją ulepszać.",
  'plausible':
    "Zlicza wyświetlenia stron, to, skąd przychodzą odwiedzający i z jakich urządzeń korzystają, bez plików cookie i bez zapisywania adresów IP. Widzimy tylko sumy, a nie poszczególnych odwiedzających.",
  'linkedin-insight':
    "Przekazuje serwisowi LinkedIn informacje o tym, które nasze strony odwiedzasz i co na nich robisz, abyśmy mogli mierzyć skuteczność naszych reklam w serwisie LinkedIn i wyświetlać je osobom, które odwiedziły tę stronę.",
  'tiktok-pixel':
    "Przekazuje serwisowi TikTok informacje o tym, które nasze strony odwiedzasz i co na nich robisz, abyśmy mogli mierzyć skuteczność naszych reklam w serwisie TikTok i wyświetlać je osobom, które odwiedziły tę stronę.",
  'pinterest-tag':
    "Przekazuje serwisowi Pinterest informacje o tym, które nasze strony odwiedzasz i co na nich robisz, abyśmy mogli mierzyć skuteczność naszych reklam w serwisie Pinterest i wyświetlać je osobom, które odwiedziły tę stronę.",
  'hubspot':
    "Zapisuje odwiedzane przez Ciebie strony i łączy je z danymi kontaktowymi podanymi nam w formularzu, abyśmy widzieli, jak odwiedzający do nas trafiają, i mogli odpowiadać na zapytania.",
  'intercom':
    "Obsługuje okno czatu na naszych stronach, dzięki któremu możesz do nas napisać. Rozpoznaje Twoją przeglądarkę, więc możesz wrócić do wcześniejszych rozmów.",
  'youtube':
    "Odtwarza filmy z YouTube na naszych stronach. Google otrzymuje Twój adres IP i informacje o oglądanych filmach oraz zapisuje pliki cookie, aby zapamiętać Twoje ustawienia.",
  'vimeo':
    "Odtwarza filmy, które udostępniamy w serwisie Vimeo. Vimeo otrzymuje Twój adres IP i zapisuje pliki cookie, aby zapamiętać Twoje ustawienia odtwarzacza i liczyć dla nas wyświetlenia.",
  'google-maps':
    "Wyświetla interaktywne mapy Google na naszych stronach. Google otrzymuje Twój adres IP i oglądany przez Ciebie obszar mapy oraz może zapisywać pliki cookie, aby zapamiętać Twoje ustawienia.",
};

export default pl;
