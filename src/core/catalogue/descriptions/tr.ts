import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in tr. */
const tr: ServiceDescriptions = {
  'google-analytics':
    "Ziyaretleri sayar ve hangi sayfaları görüntülediğinizi ve siteye nasıl geldiğinizi kaydeder; böylece sitenin nasıl kullanıldığını görüp onu iyileştirebiliriz.",
  'google-tag-manager':
    "Bu sitenin kullandığı analiz veya reklam etiketleri gibi diğer araçları belirlediğimiz kurallara göre yükler. Yüklenirken Google, IP adresinizi ve tarayıcınıza ilişkin bilgileri alır.",
  'google-ads':
    "Google reklamlarımızın bu sitede ziyaret ve satın almalara yol açıp açmadığını ölçer ve Google’ın ziyaretinize göre reklamlarımızı size diğer sitelerde yeniden göstermesini sağlar.",
  'meta-pixel':
    "Bu sitede ziyaret ettiğiniz sayfaları ve yaptığınız işlemleri Meta’ya bildirir; böylece Facebook ve Instagram’daki reklamlarımızı ölçebilir ve bunları size ve benzer ilgi alanlarına sahip kişilere gösterebiliriz.",
  'clarity':
    "Sayfalarımızda nasıl tıkladığınızı, kaydırdığınızı ve gezindiğinizi kaydeder; sitedeki sorunları bulup düzeltmemize yardımcı olan oturum kayıtları ve ısı haritaları oluşturur.",
  'microsoft-ads':
    "Bing ve diğer Microsoft hizmetlerindeki reklamlarımızın bu sitede ziyaret ve satın almalara yol açıp açmadığını ölçer ve Microsoft’un reklamlarımızı daha sonra size yeniden göstermesini sağlar.",
  'hotjar':
    "Ziyaretçilerin sayfalarda nasıl gezindiğini, nereye tıkladığını ve nasıl kaydırdığını kaydeder; böylece siteyi iyileştirmemize yardımcı olan ısı haritaları ve oturum kayıtları gösterilir.",
  'matomo':
    "Ziyaretleri, görüntülenen sayfaları ve ziyaretçilerin nereden geldiğini sayar, geri dönen tarayıcıları tanır; böylece sitenin nasıl kullanıldığını görüp siteyi iyileştirebiliriz.",
  'plausible':
    "Sayfa görüntülemelerini, ziyaretçilerin nereden geldiğini ve hangi cihazları kullandığını çerez kullanmadan ve IP adreslerini saklamadan sayar. Yalnızca toplamları görürüz, tek tek ziyaretçileri görmeyiz.",
  'linkedin-insight':
    "Hangi sayfalarımızı ziyaret ettiğinizi ve bu sayfalarda ne yaptığınızı LinkedIn platformuna bildirir; böylece LinkedIn reklamlarımızı ölçebilir ve bu siteyi ziyaret etmiş kişilere gösterebiliriz.",
  'tiktok-pixel':
    "Hangi sayfalarımızı ziyaret ettiğinizi ve bu sayfalarda ne yaptığınızı TikTok platformuna bildirir; böylece TikTok reklamlarımızı ölçebilir ve bu siteyi ziyaret etmiş kişilere gösterebiliriz.",
  'pinterest-tag':
    "Hangi sayfalarımızı ziyaret ettiğinizi ve bu sayfalarda ne yaptığınızı Pinterest platformuna bildirir; böylece Pinterest reklamlarımızı ölçebilir ve bu siteyi ziyaret etmiş kişilere gösterebiliriz.",
  'hubspot':
    "Ziyaret ettiğiniz sayfaları kaydeder ve bunları bir formda bize verdiğiniz iletişim bilgileriyle ilişkilendirir; böylece ziyaretçilerin bizi nasıl bulduğunu görebilir ve taleplerle ilgilenebiliriz.",
  'intercom':
    "Sayfalarımızdaki sohbet penceresini çalıştırır; böylece bize mesaj gönderebilirsiniz. Tarayıcınızı tanıdığı için önceki konuşmalarınıza geri dönebilirsiniz.",
  'youtube':
    "Sayfalarımızda YouTube videolarını oynatır. Google IP adresinizi ve hangi videoları izlediğinizi alır, ayarlarınızı hatırlamak için çerezler yerleştirir.",
  'vimeo':
    "Vimeo’da barındırdığımız videoları oynatır. Vimeo IP adresinizi alır; oynatıcı ayarlarınızı hatırlamak ve bizim için izlenme sayısını saymak amacıyla çerezler yerleştirir.",
  'google-maps':
    "Sayfalarımızda Google’ın etkileşimli haritalarını gösterir. Google IP adresinizi ve görüntülediğiniz harita alanını alır, ayarlarınızı hatırlamak için çerezler yerleştirebilir.",
};

export default tr;
