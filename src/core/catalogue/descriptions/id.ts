import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in id. */
const idDescriptions: ServiceDescriptions = {
  'google-analytics':
    "Menghitung kunjungan dan mencatat halaman yang Anda lihat serta cara Anda tiba di situs, agar kami dapat melihat cara situs digunakan dan meningkatkannya.",
  'google-tag-manager':
    "Memuat alat lain yang digunakan situs ini, seperti tag analitik atau iklan, sesuai aturan yang kami tetapkan. Saat dimuat, Google menerima alamat IP Anda dan informasi tentang browser Anda.",
  'google-ads':
    "Mengukur apakah iklan Google kami menghasilkan kunjungan dan pembelian di situs ini, serta memungkinkan Google menampilkan iklan kami lagi kepada Anda di situs lain berdasarkan kunjungan Anda.",
  'meta-pixel':
    "Melaporkan halaman yang Anda kunjungi dan tindakan yang Anda lakukan di situs ini kepada Meta, agar kami dapat mengukur iklan kami di Facebook dan Instagram serta menampilkannya kepada Anda dan orang-orang dengan minat serupa.",
  'clarity':
    "Merekam cara Anda mengklik, menggulir, dan bergerak di halaman kami, lalu menghasilkan rekaman sesi dan peta panas yang membantu kami menemukan dan memperbaiki masalah di situs.",
  'microsoft-ads':
    "Mengukur apakah iklan kami di Bing dan layanan Microsoft lainnya menghasilkan kunjungan dan pembelian di situs ini, serta memungkinkan Microsoft menampilkan iklan kami lagi kepada Anda nanti.",
  'hotjar':
    "Merekam cara pengunjung bergerak, mengeklik, dan menggulir di halaman, untuk menampilkan peta panas dan rekaman sesi yang membantu kami menyempurnakan situs.",
  'matomo':
    "Menghitung kunjungan, halaman yang dilihat, dan asal pengunjung, serta mengenali browser yang kembali, agar kami dapat melihat cara situs digunakan dan menyempurnakannya.",
  'plausible':
    "Menghitung tampilan halaman, asal pengunjung, dan perangkat yang mereka gunakan, tanpa cookie dan tanpa menyimpan alamat IP. Kami hanya melihat jumlah total, bukan pengunjung perorangan.",
  'linkedin-insight':
    "Memberi tahu LinkedIn halaman kami mana saja yang Anda kunjungi dan apa yang Anda lakukan di sana, agar kami dapat mengukur iklan kami di LinkedIn dan menampilkannya kepada orang yang pernah mengunjungi situs ini.",
  'tiktok-pixel':
    "Memberi tahu TikTok halaman kami mana saja yang Anda kunjungi dan apa yang Anda lakukan di sana, agar kami dapat mengukur iklan kami di TikTok dan menampilkannya kepada orang yang pernah mengunjungi situs ini.",
  'pinterest-tag':
    "Memberi tahu Pinterest halaman kami mana saja yang Anda kunjungi dan apa yang Anda lakukan di sana, agar kami dapat mengukur iklan kami di Pinterest dan menampilkannya kepada orang yang pernah mengunjungi situs ini.",
  'hubspot':
    "Mencatat halaman yang Anda kunjungi dan menghubungkannya dengan detail kontak yang Anda berikan kepada kami melalui formulir, agar kami dapat melihat bagaimana pengunjung menemukan kami dan menindaklanjuti pertanyaan.",
  'intercom':
    "Menjalankan jendela chat di halaman kami agar Anda dapat mengirim pesan kepada kami. Layanan ini mengenali browser Anda sehingga Anda dapat melanjutkan percakapan sebelumnya.",
  'youtube':
    "Memutar video dari YouTube di halaman kami. Google menerima alamat IP Anda dan video yang Anda tonton, serta memasang cookie untuk mengingat pengaturan Anda.",
  'vimeo':
    "Memutar video yang kami simpan di Vimeo. Vimeo menerima alamat IP Anda dan memasang cookie untuk mengingat pengaturan pemutar Anda serta menghitung jumlah tayangan untuk kami.",
  'google-maps':
    "Menampilkan peta interaktif dari Google di halaman kami. Google menerima alamat IP Anda dan area peta yang Anda lihat, serta dapat memasang cookie untuk mengingat pengaturan Anda.",
};

export default idDescriptions;
