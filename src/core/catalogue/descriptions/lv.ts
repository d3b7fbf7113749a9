import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in lv. */
const lv: ServiceDescriptions = {
  'google-analytics':
    "Uzskaita apmeklējumus un reģistrē, kuras lapas jūs skatāt un kā nonācāt vietnē, lai mēs redzētu, kā vietne tiek izmantota, un varētu to uzlabot.",
  'google-tag-manager':
    "Saskaņā ar mūsu noteiktajiem noteikumiem ielādē citus šīs vietnes izmantotos rīkus, piemēram, statistikas vai reklāmas tagus. Ielādes laikā Google saņem jūsu IP adresi un informāciju par jūsu pārlūkprogrammu.",
  'google-ads':
    "Novērtē, vai mūsu Google reklāmas rada apmeklējumus un pirkumus šajā vietnē, un ļauj Google, pamatojoties uz jūsu apmeklējumu, atkal rādīt jums mūsu reklāmas citās vietnēs.",
  'meta-pixel':
    "Ziņo Meta, kuras lapas jūs apmeklējat un kādas darbības veicat šajā vietnē, lai mēs varētu novērtēt savas reklāmas Facebook un Instagram un rādīt tās jums un cilvēkiem ar līdzīgām interesēm.",
  'clarity':
    "Ieraksta, kā jūs klikšķināt, ritināt un pārvietojaties mūsu lapās, un veido sesiju ierakstus un siltuma kartes, kas palīdz mums atrast un novērst vietnes problēmas.",
  'microsoft-ads':
    "Novērtē, vai mūsu reklāmas Bing un citos Microsoft pakalpojumos rada apmeklējumus un pirkumus šajā vietnē, un ļauj Microsoft vēlāk atkal rādīt jums mūsu reklāmas.",
  'hotjar':
    "Ieraksta, kā apmeklētāji pārvietojas lapās, kur viņi noklikšķina un kā ritina, lai rādītu siltuma kartes un sesiju ierakstus, kas mums palīdz uzlabot vietni.",
  'matomo':
    "Uzskaita apmeklējumus, skatītās lapas un to, no kurienes nāk apmeklētāji, un atpazīst pārlūkus, kas atgriežas, lai mēs redzētu, kā vietne tiek izmantota, un varētu to uzlabot.",
  'plausible':
    "Uzskaita lapu skatījumus, to, no kurienes nāk apmeklētāji un kādas ierīces viņi izmanto, bez sīkdatnēm un nesaglabājot IP adreses. Mēs redzam tikai kopējos skaitļus, nevis atsevišķus apmeklētājus.",
  'linkedin-insight':
    "Paziņo platformai LinkedIn, kuras mūsu lapas jūs apmeklējat un ko tajās darāt, lai mēs varētu novērtēt savas reklāmas platformā LinkedIn un rādīt tās cilvēkiem, kuri ir apmeklējuši šo vietni.",
  'tiktok-pixel':
    "Paziņo platformai TikTok, kuras mūsu lapas jūs apmeklējat un ko tajās darāt, lai mēs varētu novērtēt savas reklāmas platformā TikTok un rādīt tās cilvēkiem, kuri ir apmeklējuši šo vietni.",
  'pinterest-tag':
    "Paziņo platformai Pinterest, kuras mūsu lapas jūs apmeklējat un ko tajās darāt, lai mēs varētu novērtēt savas reklāmas platformā Pinterest un rādīt tās cilvēkiem, kuri ir apmeklējuši šo vietni.",
  'hubspot':
    "Reģistrē lapas, kuras apmeklējat, un sasaista tās ar kontaktinformāciju, ko norādāt mums veidlapā, lai mēs redzētu, kā apmeklētāji mūs atrod, un varētu atbildēt uz pieprasījumiem.",
  'intercom':
    "Nodrošina tērzēšanas logu mūsu lapās, lai jūs varētu mums rakstīt. Tas atpazīst jūsu pārlūkprogrammu, lai jūs varētu atgriezties pie iepriekšējām sarunām.",
  'youtube':
    "Atskaņo YouTube videoklipus mūsu lapās. Google saņem jūsu IP adresi un informāciju par to, kurus videoklipus skatāties, un iestata sīkdatnes, lai atcerētos jūsu iestatījumus.",
  'vimeo':
    "Atskaņo videoklipus, ko mitinām Vimeo. Vimeo saņem jūsu IP adresi un iestata sīkdatnes, lai atcerētos jūsu atskaņotāja iestatījumus un mūsu vajadzībām skaitītu skatījumus.",
  'google-maps':
    "Rāda Google interaktīvās kartes mūsu lapās. Google saņem jūsu IP adresi un kartes apgabalu, ko skatāt, un var iestatīt sīkdatnes, lai atcerētos jūsu iestatījumus.",
};

export default lv;
