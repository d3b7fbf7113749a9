import type { Texts } from './texts.js';

/** Vietnamese (Tiếng Việt). */
const vi: Texts = {
  lang: 'vi',
  bannerTitle: 'Lựa chọn quyền riêng tư của bạn',
  bannerDescription:
    'Chúng tôi sử dụng cookie thực sự cần thiết để trang web này hoạt động. Nếu bạn đồng ý, chúng tôi cũng muốn sử dụng cookie tùy chọn cho các mục đích dưới đây. Bạn có thể thay đổi lựa chọn của mình bất cứ lúc nào trong phần cài đặt cookie.',
  purposesLabel: 'Cookie tùy chọn:',
  policyLink: 'Chính sách quyền riêng tư',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  customize: 'Tùy chỉnh',
  preferencesTitle: 'Cài đặt cookie',
  preferencesDescription:
    'Chọn những cookie mà trang web này được phép sử dụng. Cookie thực sự cần thiết luôn được bật vì trang web không thể hoạt động nếu thiếu chúng. Lựa chọn của bạn chỉ áp dụng cho trang web này và bạn có thể thay đổi bất cứ lúc nào.',
  save: 'Lưu lựa chọn',
  close: 'Đóng',
  alwaysOn: 'Luôn bật',
  gpcNotice: 'Chúng tôi tôn trọng tín hiệu Global Privacy Control từ trình duyệt của bạn: cookie nhắm mục tiêu vẫn được tắt.',
  settingsButton: 'Cài đặt cookie',
  consentId: 'Mã đồng ý của bạn',
  placeholderNotice: 'Nội dung này bị chặn vì có đặt cookie thuộc danh mục “{category}”.',
  loadOnce: 'Chỉ tải lần này',
  allowCategory: 'Cho phép “{category}”',
  optOutDescription:
    'Chúng tôi sử dụng cookie và các công nghệ tương tự cho mục đích phân tích, chức năng và quảng cáo. Theo luật về quyền riêng tư của các tiểu bang Hoa Kỳ, cookie nhắm mục tiêu có thể được coi là việc bán hoặc chia sẻ thông tin cá nhân của bạn. Bạn có thể chọn không tham gia bất cứ lúc nào.',
  privacyChoices: 'Lựa chọn quyền riêng tư của bạn',
  doNotSell: 'Không bán hoặc chia sẻ thông tin cá nhân của tôi',
  optOutHonored: 'Đã thực hiện yêu cầu không tham gia',
  optOutPurposesLabel: 'Bật trừ khi bạn tắt:',
  declaration: {
    cookies: 'Cookie và bộ nhớ',
    name: 'Tên',
    provider: 'Nhà cung cấp',
    purpose: 'Mục đích',
    lifetime: 'Thời hạn',
    type: 'Loại',
    cookie: 'Cookie',
    storage: 'Bộ nhớ cục bộ',
    session: 'Cho đến khi đóng trình duyệt',
    persistent: 'Cho đến khi bị xóa',
    privacyPolicy: 'Chính sách quyền riêng tư',
    yourChoices: 'Lựa chọn của bạn',
    decidedOn: 'Ngày lựa chọn',
    notDecided: 'Bạn chưa đưa ra lựa chọn nào.',
    allowed: 'Được phép',
    notAllowed: 'Không được phép',
    change: 'Thay đổi lựa chọn của tôi',
    purposes: {
      visitorId: 'Nhận dạng trình duyệt của bạn trong các lần truy cập sau',
      session: 'Theo dõi lượt truy cập hiện tại',
      adMeasurement: 'Đo lường xem quảng cáo có dẫn đến lượt truy cập hoặc mua hàng hay không',
      adTargeting: 'Hiển thị quảng cáo dựa trên sở thích của bạn',
      consent: 'Lưu lựa chọn của bạn cho dịch vụ này',
      settings: 'Ghi nhớ cài đặt của bạn cho dịch vụ này',
      security: 'Bảo vệ chống gian lận và lạm dụng',
      technical: 'Duy trì hoạt động của dịch vụ',
      chat: 'Duy trì cuộc trò chuyện của bạn',
    },
  },
  categories: {
    necessary: {
      label: 'Thực sự cần thiết',
      description:
        'Cần thiết để trang web hoạt động: giúp bạn duy trì trạng thái đăng nhập, ghi nhớ giỏ hàng và lựa chọn cookie của bạn, đồng thời bảo vệ chống gian lận. Không thể tắt các cookie này.',
    },
    analytics: {
      label: 'Phân tích',
      description:
        'Đếm lượt truy cập và nguồn lưu lượng để chúng tôi có thể đo lường và cải thiện hiệu suất của trang web. Thông tin được tổng hợp và không được dùng để nhận dạng bạn.',
    },
    functionality: {
      label: 'Chức năng',
      description:
        'Ghi nhớ các lựa chọn của bạn, chẳng hạn như ngôn ngữ hoặc khu vực, và bật các tính năng nâng cao như video nhúng, bản đồ và trò chuyện.',
    },
    targeting: {
      label: 'Nhắm mục tiêu',
      description:
        'Do chúng tôi hoặc các đối tác quảng cáo của chúng tôi đặt để xây dựng hồ sơ về sở thích của bạn và hiển thị quảng cáo phù hợp cho bạn trên các trang web khác. Các cookie này cũng giới hạn số lần bạn thấy một quảng cáo và đo lường hiệu quả của các chiến dịch quảng cáo.',
    },
  },
};

export default vi;
