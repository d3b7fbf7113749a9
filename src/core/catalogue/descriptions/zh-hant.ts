import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in zh-hant. */
const zhHant: ServiceDescriptions = {
  'google-analytics':
    "統計造訪次數，並記錄您瀏覽了哪些頁面以及如何來到本網站，讓我們了解網站的使用情況並加以改善。",
  'google-tag-manager':
    "依照我們設定的規則載入本網站使用的其他工具，例如分析或廣告代碼。載入時，Google 會收到您的 IP 位址和瀏覽器資訊。",
  'google-ads':
    "評估我們的 Google 廣告是否為本網站帶來造訪和購買，並讓 Google 根據您的造訪，在其他網站上再次向您顯示我們的廣告。",
  'meta-pixel':
    "將您在本網站瀏覽的頁面和執行的操作回報給 Meta，讓我們評估在 Facebook 和 Instagram 上的廣告成效，並向您及興趣相似的人顯示這些廣告。",
  'clarity':
    "記錄您在我們頁面上的點擊、捲動和移動方式，產生工作階段重播和熱圖，協助我們找出並修正網站問題。",
  'microsoft-ads':
    "評估我們在 Bing 及其他 Microsoft 服務上的廣告是否為本網站帶來造訪和購買，並讓 Microsoft 日後再次向您顯示我們的廣告。",
  'hotjar':
    "記錄訪客在頁面上如何移動、點擊和捲動，用於產生熱圖和工作階段重播，協助我們改善網站。",
  'matomo':
    "統計造訪次數、瀏覽的頁面和訪客來源，並識別再次造訪的瀏覽器，讓我們了解網站的使用情形並加以改善。",
  'plausible':
    "在不使用 Cookie、不儲存 IP 位址的情況下統計網頁瀏覽次數、訪客來源和使用的裝置。我們只能看到總數，看不到個別訪客。",
  'linkedin-insight':
    "告訴 LinkedIn 您造訪了我們的哪些網頁以及在網頁上進行了哪些操作，讓我們能評估在 LinkedIn 上投放的廣告成效，並向曾造訪本網站的人顯示這些廣告。",
  'tiktok-pixel':
    "告訴 TikTok 您造訪了我們的哪些網頁以及在網頁上進行了哪些操作，讓我們能評估在 TikTok 上投放的廣告成效，並向曾造訪本網站的人顯示這些廣告。",
  'pinterest-tag':
    "告訴 Pinterest 您造訪了我們的哪些網頁以及在網頁上進行了哪些操作，讓我們能評估在 Pinterest 上投放的廣告成效，並向曾造訪本網站的人顯示這些廣告。",
  'hubspot':
    "記錄您造訪的頁面，並將其與您在表單中提供給我們的聯絡資料連結，讓我們了解訪客如何找到我們，並跟進詢問。",
  'intercom':
    "在我們的頁面上執行聊天視窗，讓您可以傳訊息給我們。它會辨識您的瀏覽器，讓您能接續先前的對話。",
  'youtube':
    "在我們的頁面上播放 YouTube 影片。Google 會收到您的 IP 位址以及您觀看了哪些影片，並設定 Cookie 來記住您的設定。",
  'vimeo':
    "播放我們託管在 Vimeo 上的影片。Vimeo 會收到您的 IP 位址，並設定 Cookie 來記住您的播放器設定，以及為我們統計觀看次數。",
  'google-maps':
    "在我們的頁面上顯示 Google 的互動式地圖。Google 會收到您的 IP 位址以及您檢視的地圖區域，並可能設定 Cookie 來記住您的設定。",
};

export default zhHant;
