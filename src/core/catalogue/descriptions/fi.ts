import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in fi. */
const fi: ServiceDescriptions = {
  'google-analytics':
    "Laskee käynnit ja tallentaa, mitä sivuja katselet ja miten tulit sivustolle, jotta näemme, miten sivustoa käytetään, ja voimme parantaa sitä.",
  'google-tag-manager':
    "Lataa muut sivuston käyttämät työkalut, kuten tilastointi- tai mainostagit, asettamiemme sääntöjen mukaan. Latauksen yhteydessä Google saa IP-osoitteesi ja tietoja selaimestasi.",
  'google-ads':
    "Mittaa, johtavatko Google-mainoksemme käynteihin ja ostoihin tällä sivustolla, ja antaa Googlen näyttää sinulle mainoksiamme uudelleen muilla sivustoilla käyntisi perusteella.",
  'meta-pixel':
    "Kertoo Metalle, millä sivuilla käyt ja mitä teet tällä sivustolla, jotta voimme mitata mainoksiamme Facebookissa ja Instagramissa ja näyttää niitä sinulle ja ihmisille, joilla on samankaltaisia kiinnostuksen kohteita.",
  'clarity':
    "Tallentaa, miten napsautat, vierität ja liikut sivuillamme, ja tuottaa istuntotallenteita ja lämpökarttoja, joiden avulla löydämme ja korjaamme sivuston ongelmia.",
  'microsoft-ads':
    "Mittaa, johtavatko mainoksemme Bingissä ja muissa Microsoftin palveluissa käynteihin ja ostoihin tällä sivustolla, ja antaa Microsoftin näyttää sinulle mainoksiamme myöhemmin uudelleen.",
  'hotjar':
    "Tallentaa, miten kävijät liikkuvat, klikkaavat ja vierittävät sivuilla, jotta voimme tarkastella lämpökarttoja ja käyntien tallenteita, joiden avulla parannamme sivustoa.",
  'matomo':
    "Laskee käynnit, katsotut sivut ja sen, mistä kävijät tulevat, sekä tunnistaa palaavat selaimet, jotta näemme, miten sivustoa käytetään, ja voimme parantaa sitä.",
  'plausible':
    "Laskee sivujen katselut, sen, mistä kävijät tulevat, ja millaisia laitteita he käyttävät, ilman evästeitä ja tallentamatta IP-osoitteita. Näemme vain kokonaismäärät, emme yksittäisiä kävijöitä.",
  'linkedin-insight':
    "Kertoo LinkedIn-palvelulle, millä sivuillamme käyt ja mitä teet niillä, jotta voimme mitata LinkedIn-mainostemme tuloksia ja näyttää mainoksia ihmisille, jotka ovat käyneet tällä sivustolla.",
  'tiktok-pixel':
    "Kertoo TikTok-palvelulle, millä sivuillamme käyt ja mitä teet niillä, jotta voimme mitata TikTok-mainostemme tuloksia ja näyttää mainoksia ihmisille, jotka ovat käyneet tällä sivustolla.",
  'pinterest-tag':
    "Kertoo Pinterest-palvelulle, millä sivuillamme käyt ja mitä teet niillä, jotta voimme mitata Pinterest-mainostemme tuloksia ja näyttää mainoksia ihmisille, jotka ovat käyneet tällä sivustolla.",
  'hubspot':
    "Tallentaa sivut, joilla käyt, ja yhdistää ne yhteystietoihin, jotka annat meille lomakkeella, jotta näemme, miten kävijät löytävät meidät, ja voimme vastata yhteydenottoihin.",
  'intercom':
    "Ylläpitää sivujemme chat-ikkunaa, jotta voit lähettää meille viestejä. Se tunnistaa selaimesi, jotta voit palata aiempiin keskusteluihin.",
  'youtube':
    "Toistaa YouTube-videoita sivuillamme. Google saa IP-osoitteesi ja tiedon katsomistasi videoista ja asettaa evästeitä muistaakseen asetuksesi.",
  'vimeo':
    "Toistaa Vimeossa ylläpitämiämme videoita. Vimeo saa IP-osoitteesi ja asettaa evästeitä muistaakseen soittimen asetuksesi ja laskeakseen katselukerrat puolestamme.",
  'google-maps':
    "Näyttää Googlen interaktiivisia karttoja sivuillamme. Google saa IP-osoitteesi ja katsomasi kartta-alueen ja voi asettaa evästeitä muistaakseen asetuksesi.",
};

export default fi;
