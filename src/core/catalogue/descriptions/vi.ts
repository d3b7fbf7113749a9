import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in vi. */
const vi: ServiceDescriptions = {
  'google-analytics':
    "Đếm lượt truy cập và ghi lại những trang bạn xem cũng như cách bạn đến trang web, để chúng tôi biết trang web được sử dụng như thế nào và cải thiện nó.",
  'google-tag-manager':
    "Tải các công cụ khác mà trang web này sử dụng, chẳng hạn như thẻ phân tích hoặc thẻ quảng cáo, theo các quy tắc do chúng tôi đặt ra. Khi tải, Google nhận được địa chỉ IP và thông tin trình duyệt của bạn.",
  'google-ads':
    "Đo lường xem quảng cáo Google của chúng tôi có dẫn đến lượt truy cập và mua hàng trên trang web này hay không, đồng thời cho phép Google hiển thị lại quảng cáo của chúng tôi cho bạn trên các trang web khác dựa trên lượt truy cập của bạn.",
  'meta-pixel':
    "Báo cho Meta biết những trang bạn truy cập và hành động bạn thực hiện trên trang web này, để chúng tôi có thể đo lường quảng cáo trên Facebook và Instagram, đồng thời hiển thị chúng cho bạn và những người có cùng sở thích.",
  'clarity':
    "Ghi lại cách bạn nhấp, cuộn và di chuyển trên các trang của chúng tôi, tạo bản phát lại phiên và bản đồ nhiệt giúp chúng tôi tìm và khắc phục sự cố trên trang web.",
  'microsoft-ads':
    "Đo lường xem quảng cáo của chúng tôi trên Bing và các dịch vụ khác của Microsoft có dẫn đến lượt truy cập và mua hàng trên trang web này hay không, đồng thời cho phép Microsoft hiển thị lại quảng cáo của chúng tôi cho bạn sau này.",
  'hotjar':
    "Ghi lại cách khách truy cập di chuyển, nhấp và cuộn trên các trang, để hiển thị bản đồ nhiệt và bản ghi phiên truy cập giúp chúng tôi cải thiện trang web.",
  'matomo':
    "Đếm lượt truy cập, các trang được xem và nguồn khách truy cập, đồng thời nhận dạng các trình duyệt quay lại, để chúng tôi biết trang web được sử dụng như thế nào và cải thiện trang web.",
  'plausible':
    "Đếm lượt xem trang, nguồn khách truy cập và thiết bị họ sử dụng mà không dùng cookie và không lưu địa chỉ IP. Chúng tôi chỉ thấy số liệu tổng, không thấy từng khách truy cập.",
  'linkedin-insight':
    "Cho LinkedIn biết bạn truy cập những trang nào của chúng tôi và làm gì trên các trang đó, để chúng tôi có thể đo lường quảng cáo của mình trên LinkedIn và hiển thị quảng cáo cho những người đã truy cập trang web này.",
  'tiktok-pixel':
    "Cho TikTok biết bạn truy cập những trang nào của chúng tôi và làm gì trên các trang đó, để chúng tôi có thể đo lường quảng cáo của mình trên TikTok và hiển thị quảng cáo cho những người đã truy cập trang web này.",
  'pinterest-tag':
    "Cho Pinterest biết bạn truy cập những trang nào của chúng tôi và làm gì trên các trang đó, để chúng tôi có thể đo lường quảng cáo của mình trên Pinterest và hiển thị quảng cáo cho những người đã truy cập trang web này.",
  'hubspot':
    "Ghi lại các trang bạn truy cập và liên kết chúng với thông tin liên hệ bạn cung cấp cho chúng tôi qua biểu mẫu, để chúng tôi biết khách truy cập tìm đến chúng tôi bằng cách nào và phản hồi các yêu cầu.",
  'intercom':
    "Vận hành cửa sổ trò chuyện trên các trang của chúng tôi để bạn có thể nhắn tin cho chúng tôi. Dịch vụ nhận diện trình duyệt của bạn để bạn có thể quay lại các cuộc trò chuyện trước đó.",
  'youtube':
    "Phát video từ YouTube trên các trang của chúng tôi. Google nhận địa chỉ IP của bạn và thông tin về các video bạn xem, đồng thời đặt cookie để ghi nhớ cài đặt của bạn.",
  'vimeo':
    "Phát các video chúng tôi lưu trữ trên Vimeo. Vimeo nhận địa chỉ IP của bạn và đặt cookie để ghi nhớ cài đặt trình phát của bạn cũng như đếm lượt xem cho chúng tôi.",
  'google-maps':
    "Hiển thị bản đồ tương tác của Google trên các trang của chúng tôi. Google nhận địa chỉ IP của bạn và khu vực bản đồ bạn xem, và có thể đặt cookie để ghi nhớ cài đặt của bạn.",
};

export default vi;
