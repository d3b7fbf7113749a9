import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in de. */
const de: ServiceDescriptions = {
  'google-analytics':
    "Zählt Besuche und erfasst, welche Seiten Sie aufrufen und wie Sie auf die Website gekommen sind, damit wir sehen, wie die Website genutzt wird, und sie verbessern können.",
  'google-tag-manager':
    "Lädt die anderen Tools, die diese Website nutzt, etwa Statistik- oder Werbe-Tags, nach von uns festgelegten Regeln. Beim Laden erhält Google Ihre IP-Adresse und Angaben zu Ihrem Browser.",
  'google-ads':
    "Misst, ob unsere Google-Anzeigen zu Besuchen und Käufen auf dieser Website führen, und ermöglicht es Google, Ihnen unsere Anzeigen auf Grundlage Ihres Besuchs auf anderen Websites erneut zu zeigen.",
  'meta-pixel':
    "Übermittelt an Meta, welche Seiten Sie auf dieser Website besuchen und welche Aktionen Sie ausführen, damit wir unsere Anzeigen auf Facebook und Instagram messen und sie Ihnen sowie Personen mit ähnlichen Interessen zeigen können.",
  'clarity':
    "Zeichnet auf, wie Sie auf unseren Seiten klicken, scrollen und sich bewegen, und erstellt daraus Sitzungsaufzeichnungen und Heatmaps, mit denen wir Probleme auf der Website finden und beheben.",
  'microsoft-ads':
    "Misst, ob unsere Anzeigen auf Bing und anderen Microsoft-Diensten zu Besuchen und Käufen auf dieser Website führen, und ermöglicht es Microsoft, Ihnen unsere Anzeigen später erneut zu zeigen.",
  'hotjar':
    "Zeichnet auf, wie sich Besucher auf den Seiten bewegen, wo sie klicken und wie sie scrollen, um Heatmaps und Sitzungsaufzeichnungen zu erstellen, mit denen wir die Website verbessern.",
  'matomo':
    "Zählt Besuche, aufgerufene Seiten und die Herkunft der Besucher und erkennt wiederkehrende Browser, damit wir sehen, wie die Website genutzt wird, und sie verbessern können.",
  'plausible':
    "Zählt Seitenaufrufe, die Herkunft der Besucher und die verwendeten Gerätetypen – ohne Cookies und ohne Speicherung von IP-Adressen. Wir sehen nur Gesamtzahlen, keine einzelnen Besucher.",
  'linkedin-insight':
    "Teilt LinkedIn mit, welche unserer Seiten Sie besuchen und was Sie dort tun, damit wir unsere Anzeigen auf LinkedIn messen und sie Personen zeigen können, die diese Website besucht haben.",
  'tiktok-pixel':
    "Teilt TikTok mit, welche unserer Seiten Sie besuchen und was Sie dort tun, damit wir unsere Anzeigen auf TikTok messen und sie Personen zeigen können, die diese Website besucht haben.",
  'pinterest-tag':
    "Teilt Pinterest mit, welche unserer Seiten Sie besuchen und was Sie dort tun, damit wir unsere Anzeigen auf Pinterest messen und sie Personen zeigen können, die diese Website besucht haben.",
  'hubspot':
    "Erfasst die Seiten, die Sie besuchen, und verknüpft sie mit den Kontaktdaten, die Sie uns in einem Formular angeben, damit wir sehen, wie Besucher uns finden, und Anfragen nachverfolgen können.",
  'intercom':
    "Stellt das Chatfenster auf unseren Seiten bereit, damit Sie uns schreiben können. Es erkennt Ihren Browser wieder, sodass Sie frühere Unterhaltungen fortsetzen können.",
  'youtube':
    "Spielt Videos von YouTube auf unseren Seiten ab. Google erhält Ihre IP-Adresse und erfährt, welche Videos Sie ansehen, und setzt Cookies, um Ihre Einstellungen zu speichern.",
  'vimeo':
    "Spielt Videos ab, die wir bei Vimeo bereitstellen. Vimeo erhält Ihre IP-Adresse und setzt Cookies, um Ihre Player-Einstellungen zu speichern und Aufrufe für uns zu zählen.",
  'google-maps':
    "Zeigt interaktive Karten von Google auf unseren Seiten an. Google erhält Ihre IP-Adresse und den Kartenausschnitt, den Sie ansehen, und kann Cookies setzen, um Ihre Einstellungen zu speichern.",
};

export default de;
