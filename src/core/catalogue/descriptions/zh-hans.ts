import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in zh-hans. */
const zhHans: ServiceDescriptions = {
  'google-analytics':
    "统计访问量，并记录您浏览了哪些页面以及如何来到本网站，以便我们了解网站的使用情况并加以改进。",
  'google-tag-manager':
    "按照我们设定的规则加载本网站使用的其他工具，例如分析或广告代码。加载时，Google 会收到您的 IP 地址和浏览器信息。",
  'google-ads':
    "衡量我们的 Google 广告是否为本网站带来访问和购买，并让 Google 根据您的访问，在其他网站上再次向您展示我们的广告。",
  'meta-pixel':
    "将您在本网站浏览的页面和执行的操作报告给 Meta，以便我们衡量在 Facebook 和 Instagram 上的广告效果，并向您及兴趣相似的人展示这些广告。",
  'clarity':
    "记录您在我们页面上的点击、滚动和移动方式，生成会话回放和热图，帮助我们发现并修复网站问题。",
  'microsoft-ads':
    "衡量我们在 Bing 及其他 Microsoft 服务上的广告是否为本网站带来访问和购买，并让 Microsoft 之后再次向您展示我们的广告。",
  'hotjar':
    "记录访客在页面上如何移动、点击和滚动，用于生成热图和会话回放，帮助我们改进网站。",
  'matomo':
    "统计访问量、浏览的页面和访客来源，并识别再次访问的浏览器，以便我们了解网站的使用情况并加以改进。",
  'plausible':
    "在不使用 Cookie、不存储 IP 地址的情况下统计页面浏览量、访客来源和所用设备。我们只能看到总数，看不到单个访客。",
  'linkedin-insight':
    "告诉 LinkedIn 您访问了我们的哪些页面以及在页面上进行了哪些操作，以便我们衡量在 LinkedIn 上投放的广告效果，并向访问过本网站的人展示这些广告。",
  'tiktok-pixel':
    "告诉 TikTok 您访问了我们的哪些页面以及在页面上进行了哪些操作，以便我们衡量在 TikTok 上投放的广告效果，并向访问过本网站的人展示这些广告。",
  'pinterest-tag':
    "告诉 Pinterest 您访问了我们的哪些页面以及在页面上进行了哪些操作，以便我们衡量在 Pinterest 上投放的广告效果，并向访问过本网站的人展示这些广告。",
  'hubspot':
    "记录您访问的页面，并将其与您在表单中提供给我们的联系信息关联，以便我们了解访客如何找到我们，并跟进咨询。",
  'intercom':
    "在我们的页面上运行聊天窗口，方便您给我们发消息。它会识别您的浏览器，让您可以继续之前的对话。",
  'youtube':
    "在我们的页面上播放 YouTube 视频。Google 会收到您的 IP 地址以及您观看了哪些视频，并设置 Cookie 来记住您的设置。",
  'vimeo':
    "播放我们托管在 Vimeo 上的视频。Vimeo 会收到您的 IP 地址，并设置 Cookie 来记住您的播放器设置，以及为我们统计观看次数。",
  'google-maps':
    "在我们的页面上显示 Google 的交互式地图。Google 会收到您的 IP 地址以及您查看的地图区域，并可能设置 Cookie 来记住您的设置。",
};

export default zhHans;
