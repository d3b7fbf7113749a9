import type { Texts } from './texts.js';

/** Indonesian (Bahasa Indonesia). */
const id: Texts = {
  lang: 'id',
  bannerTitle: 'Pilihan privasi Anda',
  bannerDescription:
    'Kami menggunakan cookie yang sangat diperlukan agar situs ini dapat berfungsi. Dengan persetujuan Anda, kami juga ingin menggunakan cookie opsional untuk tujuan di bawah ini. Anda dapat mengubah pilihan kapan saja di pengaturan cookie.',
  purposesLabel: 'Cookie opsional:',
  policyLink: 'Kebijakan privasi',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  customize: 'Sesuaikan',
  preferencesTitle: 'Pengaturan cookie',
  preferencesDescription:
    'Pilih cookie yang boleh digunakan situs ini. Cookie yang sangat diperlukan selalu aktif karena situs tidak dapat berfungsi tanpanya. Pilihan Anda hanya berlaku untuk situs ini dan dapat diubah kapan saja.',
  save: 'Simpan pilihan saya',
  close: 'Tutup',
  alwaysOn: 'Selalu aktif',
  gpcNotice: 'Kami menghormati sinyal Global Privacy Control dari browser Anda: cookie penargetan tetap nonaktif.',
  settingsButton: 'Pengaturan cookie',
  consentId: 'ID persetujuan Anda',
  placeholderNotice: 'Konten ini diblokir karena memasang cookie kategori “{category}”.',
  loadOnce: 'Muat sekali ini',
  allowCategory: 'Izinkan {category}',
  optOutDescription:
    'Kami menggunakan cookie dan teknologi serupa untuk analitik, fungsionalitas, dan iklan. Berdasarkan undang-undang privasi negara bagian AS, cookie penargetan dapat dianggap sebagai penjualan atau pembagian informasi pribadi Anda. Anda dapat memilih keluar kapan saja.',
  privacyChoices: 'Pilihan privasi Anda',
  doNotSell: 'Jangan jual atau bagikan informasi pribadi saya',
  optOutHonored: 'Permintaan memilih keluar telah dipenuhi',
  optOutPurposesLabel: 'Aktif kecuali Anda menonaktifkannya:',
  declaration: {
    cookies: 'Cookie dan penyimpanan',
    name: 'Nama',
    provider: 'Penyedia',
    purpose: 'Tujuan',
    lifetime: 'Masa berlaku',
    type: 'Jenis',
    cookie: 'Cookie',
    storage: 'Penyimpanan lokal',
    session: 'Hingga browser ditutup',
    persistent: 'Hingga dihapus',
    privacyPolicy: 'Kebijakan privasi',
    yourChoices: 'Pilihan Anda',
    decidedOn: 'Dipilih pada',
    notDecided: 'Anda belum membuat pilihan.',
    allowed: 'Diizinkan',
    notAllowed: 'Tidak diizinkan',
    change: 'Ubah pilihan saya',
    purposes: {
      visitorId: 'Mengenali browser Anda pada kunjungan berikutnya',
      session: 'Melacak kunjungan saat ini',
      adMeasurement: 'Mengukur apakah iklan menghasilkan kunjungan atau pembelian',
      adTargeting: 'Menampilkan iklan berdasarkan minat Anda',
      consent: 'Menyimpan pilihan Anda untuk layanan ini',
      settings: 'Mengingat pengaturan Anda untuk layanan ini',
      security: 'Melindungi dari penipuan dan penyalahgunaan',
      technical: 'Menjaga layanan tetap berfungsi',
      chat: 'Menjaga percakapan Anda tetap berlangsung',
    },
  },
  categories: {
    necessary: {
      label: 'Sangat diperlukan',
      description:
        'Diperlukan agar situs dapat berfungsi: cookie ini membuat Anda tetap masuk, mengingat keranjang belanja dan pilihan cookie Anda, serta melindungi dari penipuan. Cookie ini tidak dapat dinonaktifkan.',
    },
    analytics: {
      label: 'Analitik',
      description:
        'Menghitung kunjungan dan sumber lalu lintas agar kami dapat mengukur dan meningkatkan kinerja situs. Informasi ini diolah secara agregat dan tidak digunakan untuk mengidentifikasi Anda.',
    },
    functionality: {
      label: 'Fungsional',
      description:
        'Mengingat pilihan yang Anda buat, seperti bahasa atau wilayah, dan mengaktifkan fitur tambahan seperti video tersemat, peta, dan obrolan.',
    },
    targeting: {
      label: 'Penargetan',
      description:
        'Dipasang oleh kami atau mitra periklanan kami untuk membuat profil minat Anda dan menampilkan iklan yang relevan di situs lain. Cookie ini juga membatasi seberapa sering Anda melihat suatu iklan dan mengukur efektivitas kampanye iklan.',
    },
  },
};

export default id;
