import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in ro. */
const ro: ServiceDescriptions = {
  'google-analytics':
    "Numără vizitele și înregistrează ce pagini vizualizați și cum ați ajuns pe site, pentru ca noi să vedem cum este folosit site-ul și să îl îmbunătățim.",
  'google-tag-manager':
    "Încarcă celelalte instrumente folosite de acest site, cum ar fi etichetele de analiză sau de publicitate, după reguli stabilite de noi. La încărcare, Google primește adresa dumneavoastră IP și informații despre browserul dumneavoastră.",
  'google-ads':
    "Măsoară dacă reclamele noastre Google duc la vizite și achiziții pe acest site și permite Google să vă afișeze din nou reclamele noastre pe alte site-uri, pe baza vizitei dumneavoastră.",
  'meta-pixel':
    "Transmite către Meta paginile pe care le vizitați și acțiunile pe care le efectuați pe acest site, pentru ca noi să putem măsura reclamele noastre de pe Facebook și Instagram și să le afișăm dumneavoastră și persoanelor cu interese similare.",
  'clarity':
    "Înregistrează cum dați clic, derulați și vă deplasați prin paginile noastre, creând înregistrări ale sesiunilor și hărți termice care ne ajută să găsim și să remediem problemele site-ului.",
  'microsoft-ads':
    "Măsoară dacă reclamele noastre de pe Bing și din alte servicii Microsoft duc la vizite și achiziții pe acest site și permite Microsoft să vă afișeze din nou reclamele noastre mai târziu.",
  'hotjar':
    "Înregistrează cum se deplasează, unde dau clic și cum derulează vizitatorii în pagini, pentru a afișa hărți termice și înregistrări ale sesiunilor care ne ajută să îmbunătățim site-ul.",
  'matomo':
    "Numără vizitele, paginile vizualizate și de unde vin vizitatorii și recunoaște browserele care revin, astfel încât să putem vedea cum este folosit site-ul și să-l îmbunătățim.",
  'plausible':
    "Numără afișările de pagini, de unde vin vizitatorii și ce dispozitive folosesc, fără cookie-uri și fără a stoca adrese IP. Vedem doar totalurile, nu vizitatori individuali.",
  'linkedin-insight':
    "Transmite către LinkedIn ce pagini ale noastre vizitați și ce faceți pe ele, astfel încât să putem măsura reclamele noastre pe LinkedIn și să le afișăm persoanelor care au vizitat acest site.",
  'tiktok-pixel':
    "Transmite către TikTok ce pagini ale noastre vizitați și ce faceți pe ele, astfel încât să putem măsura reclamele noastre pe TikTok și să le afișăm persoanelor care au vizitat acest site.",
  'pinterest-tag':
    "Transmite către Pinterest ce pagini ale noastre vizitați și ce faceți pe ele, astfel încât să putem măsura reclamele noastre pe Pinterest și să le afișăm persoanelor care au vizitat acest site.",
  'hubspot':
    "Înregistrează paginile pe care le vizitați și le asociază cu datele de contact pe care ni le furnizați într-un formular, pentru a vedea cum ne găsesc vizitatorii și a da curs solicitărilor.",
  'intercom':
    "Asigură fereastra de chat de pe paginile noastre, ca să ne puteți scrie. Vă recunoaște browserul, astfel încât să puteți relua conversațiile anterioare.",
  'youtube':
    "Redă videoclipuri de pe YouTube pe paginile noastre. Google primește adresa dumneavoastră IP și informații despre videoclipurile pe care le vizionați și plasează cookie-uri pentru a vă reține setările.",
  'vimeo':
    "Redă videoclipurile pe care le găzduim pe Vimeo. Vimeo primește adresa dumneavoastră IP și plasează cookie-uri pentru a reține setările playerului dumneavoastră și a număra vizualizările pentru noi.",
  'google-maps':
    "Afișează hărți interactive Google pe paginile noastre. Google primește adresa dumneavoastră IP și zona hărții pe care o vizualizați și poate plasa cookie-uri pentru a vă reține setările.",
};

export default ro;
