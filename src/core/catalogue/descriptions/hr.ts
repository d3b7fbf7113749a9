import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in hr. */
const hr: ServiceDescriptions = {
  'google-analytics':
    "Broji posjete i bilježi koje stranice pregledavate i kako ste došli do nas, kako bismo vidjeli kako se stranica koristi i poboljšali je.",
  'google-tag-manager':
    "Učitava ostale alate koje ova stranica koristi, poput analitičkih ili oglašivačkih oznaka, prema pravilima koja postavljamo. Pri učitavanju Google prima vašu IP adresu i podatke o vašem pregledniku.",
  'google-ads':
    "Mjeri dovode li naši oglasi na Googleu do posjeta i kupnji na ovoj stranici te omogućuje Googleu da vam na temelju vašeg posjeta ponovno prikazuje naše oglase na drugim stranicama.",
  'meta-pixel':
    "Meti javlja koje stranice posjećujete i što radite na ovoj stranici kako bismo mogli mjeriti naše oglase na Facebooku i Instagramu te ih prikazivati vama i osobama sličnih interesa.",
  'clarity':
    "Bilježi kako klikate, pomičete i krećete se po našim stranicama te izrađuje snimke sesija i toplinske karte koje nam pomažu pronaći i ispraviti probleme na stranici.",
  'microsoft-ads':
    "Mjeri dovode li naši oglasi na Bingu i drugim Microsoftovim uslugama do posjeta i kupnji na ovoj stranici te omogućuje Microsoftu da vam kasnije ponovno prikaže naše oglase.",
  'hotjar':
    "Bilježi kako se posjetitelji kreću po stranicama, gdje klikaju i kako se pomiču, kako bi prikazao toplinske karte i snimke sesija koje nam pomažu poboljšati stranicu.",
  'matomo':
    "Broji posjete, pregledane stranice i odakle posjetitelji dolaze te prepoznaje preglednike koji se vraćaju, kako bismo vidjeli kako se stranica koristi i poboljšali je.",
  'plausible':
    "Broji preglede stranica, odakle posjetitelji dolaze i koje uređaje koriste, bez kolačića i bez spremanja IP adresa. Vidimo samo ukupne brojke, a ne pojedinačne posjetitelje.",
  'linkedin-insight':
    "Obavještava platformu LinkedIn o tome koje naše stranice posjećujete i što na njima radite, kako bismo mogli mjeriti svoje oglase na platformi LinkedIn i prikazivati ih osobama koje su posjetile ovu stranicu.",
  'tiktok-pixel':
    "Obavještava platformu TikTok o tome koje naše stranice posjećujete i što na njima radite, kako bismo mogli mjeriti svoje oglase na platformi TikTok i prikazivati ih osobama koje su posjetile ovu stranicu.",
  'pinterest-tag':
    "Obavještava platformu Pinterest o tome koje naše stranice posjećujete i što na njima radite, kako bismo mogli mjeriti svoje oglase na platformi Pinterest i prikazivati ih osobama koje su posjetile ovu stranicu.",
  'hubspot':
    "Bilježi stranice koje posjećujete i povezuje ih s podacima za kontakt koje nam date u obrascu, kako bismo vidjeli kako nas posjetitelji pronalaze i mogli odgovoriti na upite.",
  'intercom':
    "Pokreće prozor za chat na našim stranicama kako biste nam mogli pisati. Prepoznaje vaš preglednik kako biste se mogli vratiti ranijim razgovorima.",
  'youtube':
    "Reproducira videozapise s YouTubea na našim stranicama. Google prima vašu IP adresu i podatke o tome koje videozapise gledate te postavlja kolačiće kako bi zapamtio vaše postavke.",
  'vimeo':
    "Reproducira videozapise koje držimo na Vimeu. Vimeo prima vašu IP adresu i postavlja kolačiće kako bi zapamtio vaše postavke playera i za nas brojio preglede.",
  'google-maps':
    "Prikazuje interaktivne Googleove karte na našim stranicama. Google prima vašu IP adresu i dio karte koji gledate te može postaviti kolačiće kako bi zapamtio vaše postavke.",
};

export default hr;
