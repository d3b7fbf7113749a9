import type { Texts } from './texts.js';

/** Hebrew (עברית). */
const he: Texts = {
  lang: 'he',
  bannerTitle: 'הבחירות שלך בנושא פרטיות',
  bannerDescription:
    'אנחנו משתמשים בקובצי Cookie הכרחיים לפעולת האתר. בהסכמתך, נרצה להשתמש גם בקובצי Cookie אופציונליים למטרות המפורטות בהמשך. אפשר לשנות את הבחירה בכל עת בהגדרות קובצי ה-Cookie.',
  purposesLabel: 'קובצי Cookie אופציונליים:',
  policyLink: 'מדיניות הפרטיות',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  customize: 'התאמה אישית',
  preferencesTitle: 'הגדרות קובצי Cookie',
  preferencesDescription:
    'כאן אפשר לבחור באילו קובצי Cookie האתר רשאי להשתמש. קובצי Cookie הכרחיים פעילים תמיד, כי האתר לא יכול לפעול בלעדיהם. הבחירה חלה על האתר הזה בלבד, ואפשר לשנות אותה בכל עת.',
  save: 'שמירת הבחירות',
  close: 'סגירה',
  alwaysOn: 'פעילים תמיד',
  gpcNotice: 'אנחנו מכבדים את אות Global Privacy Control שהדפדפן שלך שולח: קובצי Cookie לפרסום ממוקד נשארים כבויים.',
  settingsButton: 'הגדרות קובצי Cookie',
  consentId: 'מזהה ההסכמה שלך',
  placeholderNotice: 'התוכן הזה חסום כי הוא משתמש בקובצי Cookie מהקטגוריה "{category}".',
  loadOnce: 'טעינה חד-פעמית',
  allowCategory: 'אישור "{category}"',
  declaration: {
    cookies: 'קובצי Cookie ואחסון',
    name: 'שם',
    provider: 'ספק',
    purpose: 'מטרה',
    lifetime: 'משך שמירה',
    type: 'סוג',
    cookie: 'קובץ Cookie',
    storage: 'אחסון מקומי',
    session: 'עד לסגירת הדפדפן',
    persistent: 'עד למחיקה',
    privacyPolicy: 'מדיניות הפרטיות',
    yourChoices: 'הבחירות שלך',
    decidedOn: 'תאריך הבחירה',
    notDecided: 'עדיין לא נעשתה בחירה.',
    allowed: 'מותר',
    notAllowed: 'לא מותר',
    change: 'שינוי הבחירות',
    purposes: {
      visitorId: 'מזהה את הדפדפן שלך בביקורים הבאים',
      session: 'עוקב אחר הביקור הנוכחי',
      adMeasurement: 'מודד אם מודעות הובילו לביקורים או לרכישות',
      adTargeting: 'מציג לך מודעות בהתאם לתחומי העניין שלך',
      consent: 'שומר את הבחירה שלך לגבי השירות הזה',
      settings: 'זוכר את ההגדרות שלך בשירות הזה',
      security: 'מגן מפני הונאות ושימוש לרעה',
      technical: 'שומר על פעולת השירות',
      chat: 'מאפשר להמשיך את השיחה שלך',
    },
  },
  categories: {
    necessary: {
      label: 'הכרחיים',
      description:
        'קובצי Cookie אלה נחוצים לפעולת האתר: הם שומרים על החיבור שלך לחשבון, זוכרים את סל הקניות ואת הבחירות שלך לגבי קובצי Cookie, ומגינים מפני הונאות. אי אפשר לכבות אותם.',
    },
    analytics: {
      label: 'סטטיסטיקה',
      description:
        'קובצי Cookie אלה סופרים ביקורים ומקורות תנועה כדי שנוכל למדוד ולשפר את ביצועי האתר. המידע מצרפי ואינו משמש לזיהוי שלך.',
    },
    functionality: {
      label: 'פונקציונליות',
      description:
        'קובצי Cookie אלה זוכרים את הבחירות שלך, כמו שפה או אזור, ומאפשרים תכונות מתקדמות כמו סרטונים מוטמעים, מפות וצ׳אט.',
    },
    targeting: {
      label: 'פרסום ממוקד',
      description:
        'קובצי Cookie אלה מוגדרים על ידינו או על ידי שותפי הפרסום שלנו כדי לבנות פרופיל של תחומי העניין שלך ולהציג לך מודעות רלוונטיות באתרים אחרים. הם גם מגבילים את מספר הפעמים שמודעה מסוימת מוצגת לך ומודדים את ביצועי הקמפיינים.',
    },
  },
};

export default he;
