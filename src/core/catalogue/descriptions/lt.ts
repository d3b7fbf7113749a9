import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in lt. */
const lt: ServiceDescriptions = {
  'google-analytics':
    "Skaičiuoja apsilankymus ir registruoja, kuriuos puslapius peržiūrite ir kaip patekote į svetainę, kad matytume, kaip svetainė naudojama, ir galėtume ją tobulinti.",
  'google-tag-manager':
    "Pagal mūsų nustatytas taisykles įkelia kitus šioje svetainėje naudojamus įrankius, pavyzdžiui, analitikos ar reklamos žymas. Įkeliant „Google“ gauna jūsų IP adresą ir naršyklės duomenis.",
  'google-ads':
    "Vertina, ar mūsų reklamos „Google“ lemia apsilankymus ir pirkimus šioje svetainėje, ir leidžia „Google“ pagal jūsų apsilankymą vėl rodyti jums mūsų reklamas kitose svetainėse.",
  'meta-pixel':
    "Praneša „Meta“, kuriuos puslapius lankote ir ką darote šioje svetainėje, kad galėtume vertinti savo reklamas „Facebook“ ir „Instagram“ bei rodyti jas jums ir panašių pomėgių žmonėms.",
  'clarity':
    "Įrašo, kaip spustelėjate, slenkate ir judate mūsų puslapiuose, ir sukuria seansų įrašus bei šilumos žemėlapius, padedančius mums rasti ir ištaisyti svetainės problemas.",
  'microsoft-ads':
    "Vertina, ar mūsų reklamos „Bing“ ir kitose „Microsoft“ paslaugose lemia apsilankymus ir pirkimus šioje svetainėje, ir leidžia „Microsoft“ vėliau vėl rodyti jums mūsų reklamas.",
  'hotjar':
    "Įrašo, kaip lankytojai juda puslapiuose, kur spusteli ir kaip slenka, kad būtų rodomi šilumos žemėlapiai ir seansų įrašai, padedantys mums tobulinti svetainę.",
  'matomo':
    "Skaičiuoja apsilankymus, peržiūrėtus puslapius ir tai, iš kur ateina lankytojai, bei atpažįsta sugrįžtančias naršykles, kad matytume, kaip naudojamasi svetaine, ir galėtume ją tobulinti.",
  'plausible':
    "Skaičiuoja puslapių peržiūras, tai, iš kur ateina lankytojai ir kokius įrenginius jie naudoja, be slapukų ir nesaugant IP adresų. Matome tik bendrus skaičius, o ne atskirus lankytojus.",
  'linkedin-insight':
    "Praneša platformai „LinkedIn“, kuriuos mūsų puslapius lankote ir ką juose darote, kad galėtume įvertinti savo reklamą platformoje „LinkedIn“ ir rodyti ją žmonėms, kurie lankėsi šioje svetainėje.",
  'tiktok-pixel':
    "Praneša platformai „TikTok“, kuriuos mūsų puslapius lankote ir ką juose darote, kad galėtume įvertinti savo reklamą platformoje „TikTok“ ir rodyti ją žmonėms, kurie lankėsi šioje svetainėje.",
  'pinterest-tag':
    "Praneša platformai „Pinterest“, kuriuos mūsų puslapius lankote ir ką juose darote, kad galėtume įvertinti savo reklamą platformoje „Pinterest“ ir rodyti ją žmonėms, kurie lankėsi šioje svetainėje.",
  'hubspot':
    "Įrašo jūsų lankomus puslapius ir susieja juos su kontaktiniais duomenimis, kuriuos mums pateikiate formoje, kad matytume, kaip lankytojai mus randa, ir galėtume atsakyti į užklausas.",
  'intercom':
    "Valdo pokalbių langą mūsų puslapiuose, kad galėtumėte mums parašyti. Jis atpažįsta jūsų naršyklę, todėl galite grįžti prie ankstesnių pokalbių.",
  'youtube':
    "Mūsų puslapiuose leidžia YouTube vaizdo įrašus. Google gauna jūsų IP adresą ir informaciją, kokius vaizdo įrašus žiūrite, ir įrašo slapukus jūsų nustatymams įsiminti.",
  'vimeo':
    "Leidžia vaizdo įrašus, kuriuos laikome Vimeo. Vimeo gauna jūsų IP adresą ir įrašo slapukus, kad įsimintų jūsų grotuvo nustatymus ir mums skaičiuotų peržiūras.",
  'google-maps':
    "Mūsų puslapiuose rodo interaktyvius Google žemėlapius. Google gauna jūsų IP adresą ir žemėlapio sritį, kurią žiūrite, ir gali įrašyti slapukus jūsų nustatymams įsiminti.",
};

export default lt;
