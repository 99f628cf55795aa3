/**
 * Realistic messages a frightened user might type, with the exact text the transcript store must
 * keep, and the personal values that must not survive. Grouped by language.
 */
export interface Case {
  input: string;
  output: string;
  /** Raw values that must be gone from the output. */
  secrets: string[];
}

export const CASES: Record<string, Case[]> = {
  en: [
    {
      input: 'Hi, my name is Sarah Chen. Someone from the consulate keeps calling me on 022 345 6789 and emailed sarah.chen@outlook.com',
      output: 'Hi, my name is [name]. Someone from the consulate keeps calling me on [phone] and emailed [email]',
      secrets: ['Sarah', 'Chen', '345 6789', 'sarah.chen@outlook.com'],
    },
    {
      input: 'they found my address 45 Dominion Rd, Mt Eden and posted it on facebook.com/groups/xyz',
      output: 'they found my address [address], Mt Eden and posted it on [profile_url]',
      secrets: ['45 Dominion', 'facebook.com/groups/xyz'],
    },
    {
      input: 'My husband Ahmed got a message on WhatsApp from +61 412 345 678 saying they know where we live',
      output: 'My husband [name] got a message on WhatsApp from [phone] saying they know where we live',
      secrets: ['Ahmed', '412 345 678'],
    },
    {
      input: 'Someone made a fake profile https://www.instagram.com/sarah_chen_nz/ with my photos',
      output: 'Someone made a fake profile [profile_url] with my photos',
      secrets: ['sarah_chen_nz'],
    },
    {
      input: 'my passport number is LA1234567 and they asked for my IRD 123-456-789',
      output: 'my passport number is [id_number] and they asked for my IRD [id_number]',
      secrets: ['LA1234567', '123-456-789'],
    },
    {
      input: "I'm scared. A man named Zhang Wei from the embassy said my mum in China will be in trouble",
      output: "I'm scared. A man named [name] from the embassy said my mum in China will be in trouble",
      secrets: ['Zhang', 'Wei'],
    },
    {
      input: 'i live at 12 queen street and they wait outside. my licence is AB123456',
      output: 'i live at [address] and they wait outside. my licence is [id_number]',
      secrets: ['12 queen street', 'AB123456'],
    },
    {
      input: 'follow @liwei_88 on twitter, he posts photos of us. Telegram: @watcher_nz, signal: liwei.01',
      output: 'follow [handle] on twitter, he posts photos of us. Telegram: [handle], signal: [handle]',
      secrets: ['liwei_88', 'watcher_nz', 'liwei.01'],
    },
    {
      input: 'my email is li dot wei at gmail dot com, PO Box 1234 Wellington',
      output: 'my email is [email], [address] Wellington',
      secrets: ['li dot wei', 'Box 1234'],
    },
    {
      input: 'My brother John is scared and my sister is not sleeping',
      output: 'My brother [name] is scared and my sister is not sleeping',
      secrets: ['John'],
    },
  ],
  'zh-Hans': [
    {
      input: '我叫李伟，我的电话是13800138000，微信号liwei88，邮箱liwei@qq.com',
      output: '我叫[name]，我的电话是[phone]，微信号[handle]，邮箱[email]',
      secrets: ['李伟', '13800138000', 'liwei88', 'liwei@qq.com'],
    },
    {
      input: '我的名字是王芳，住在奥克兰皇后街45号，电话021 987 6543',
      output: '我的名字是[name]，住在[address]，电话[phone]',
      secrets: ['王芳', '皇后街45号', '987 6543'],
    },
    {
      input: '领事馆的人加了我微信：chenming88，说我爸爸李军在国内会有麻烦',
      output: '领事馆的人加了我微信：[handle]，说我爸爸[name]在国内会有麻烦',
      secrets: ['chenming88', '李军'],
    },
    {
      input: '我哥哥张伟被抓了，我妈妈很担心。他的身份证号码110101199003074514',
      output: '我哥哥[name]被抓了，我妈妈很担心。他的身份证号码[id_number]',
      secrets: ['张伟', '110101199003074514'],
    },
  ],
  'zh-Hant': [
    {
      input: '我的護照號碼是E12345678，我叫陳大文，住址：九龍彌敦道88號',
      output: '我的護照號碼是[id_number]，我叫[name]，住址：[address]',
      secrets: ['E12345678', '陳大文', '彌敦道88號'],
    },
  ],
  ar: [
    {
      input: 'اسمي هو كريمة، ورقم هاتفي +64 21 555 0123 وبريدي karima.h@gmail.com',
      output: 'اسمي هو [name]، ورقم هاتفي [phone] وبريدي [email]',
      secrets: ['كريمة', '555 0123', 'karima.h@gmail.com'],
    },
    {
      input: 'أخي يوسف يتلقى رسائل على واتساب من رقم 0097150123456',
      output: 'أخي [name] يتلقى رسائل على واتساب من رقم [phone]',
      secrets: ['يوسف', '0097150123456'],
    },
    { input: 'رقم جواز سفري A12345678', output: 'رقم جواز سفري [id_number]', secrets: ['A12345678'] },
    { input: 'أخي خائف جدا', output: 'أخي خائف جدا', secrets: [] },
  ],
  fa: [
    {
      input: 'اسم من مریم است. شماره‌ام ۰۲۱۱۲۳۴۵۶۷ است و آیدی تلگرامم @maryam_nz',
      output: 'اسم من [name] است. شماره‌ام [phone] است و آیدی تلگرامم [handle]',
      secrets: ['مریم', '۰۲۱۱۲۳۴۵۶۷', 'maryam_nz'],
    },
    { input: 'برادرم رضا را تهدید کردند', output: 'برادرم [name] را تهدید کردند', secrets: ['رضا'] },
  ],
  hi: [
    {
      input: 'मेरा नाम प्रिया शर्मा है, मेरा नंबर 021 234 5678 है और ईमेल priya.s@yahoo.com',
      output: 'मेरा नाम [name] है, मेरा नंबर [phone] है और ईमेल [email]',
      secrets: ['प्रिया', 'शर्मा', '234 5678', 'priya.s@yahoo.com'],
    },
    { input: 'मेरे भाई राहुल को किसी ने व्हाट्सएप पर धमकी दी', output: 'मेरे भाई [name] को किसी ने व्हाट्सएप पर धमकी दी', secrets: ['राहुल'] },
  ],
  ko: [
    {
      input: '제 이름은 박지현이고 전화번호는 010-1234-5678, 카톡 아이디는 jihyun92 입니다',
      output: '제 이름은 [name]이고 전화번호는 [phone], 카톡 아이디는 [handle] 입니다',
      secrets: ['박지현', '1234-5678', 'jihyun92'],
    },
    { input: '제 동생 지수가 협박 메시지를 받았어요', output: '제 동생 [name]가 협박 메시지를 받았어요', secrets: ['지수'] },
    { input: '저는 김민수입니다. 저는 학생입니다', output: '저는 [name]입니다. 저는 학생입니다', secrets: ['김민수'] },
  ],
  es: [
    {
      input: 'Me llamo Carlos Pérez, mi teléfono es 027 123 4567 y mi correo carlos.perez@hotmail.com',
      output: 'Me llamo [name], mi teléfono es [phone] y mi correo [email]',
      secrets: ['Carlos', 'Pérez', '123 4567', 'carlos.perez@hotmail.com'],
    },
    {
      input: 'mi hermano Luis recibió amenazas por Telegram de @agente_x, vivimos en Calle Mayor 12',
      output: 'mi hermano [name] recibió amenazas por Telegram de [handle], vivimos en [address]',
      secrets: ['Luis', 'agente_x', 'Mayor 12'],
    },
  ],
  ru: [
    {
      input: 'Меня зовут Ольга Петрова, мой телефон +7 916 123-45-67, почта olga.p@yandex.ru',
      output: 'Меня зовут [name], мой телефон [phone], почта [email]',
      secrets: ['Ольга', 'Петрова', '123-45-67', 'olga.p@yandex.ru'],
    },
    {
      input: 'мой брат Алексей получил угрозы, наш адрес: ул. Ленина, д. 5. Мой брат боится',
      output: 'мой брат [name] получил угрозы, наш адрес: [address]. Мой брат боится',
      secrets: ['Алексей', 'Ленина'],
    },
  ],
  uk: [{ input: 'Мене звати Олена, мій брат Тарас отримав погрози', output: 'Мене звати [name], мій брат [name] отримав погрози', secrets: ['Олена', 'Тарас'] }],
  vi: [{ input: 'Tôi tên là Nguyễn Văn An, số điện thoại 021 345 6789', output: 'Tôi tên là [name], số điện thoại [phone]', secrets: ['Nguyễn', 'An,', '345 6789'] }],
  tl: [
    {
      input: 'Ang pangalan ko ay Maria Santos, ang number ko ay 0917 123 4567',
      output: 'Ang pangalan ko ay [name], ang number ko ay [phone]',
      secrets: ['Maria', 'Santos', '123 4567'],
    },
  ],
  pt: [{ input: 'Meu nome é João Silva e meu irmão Pedro foi ameaçado', output: 'Meu nome é [name] e meu irmão [name] foi ameaçado', secrets: ['João', 'Silva', 'Pedro'] }],
  ja: [
    {
      input: '私の名前は佐藤です。電話番号は090-1234-5678です。田中太郎と申します',
      output: '私の名前は[name]です。電話番号は[phone]です。[name]と申します',
      secrets: ['佐藤', '1234-5678', '田中太郎'],
    },
  ],
  th: [{ input: 'ฉันชื่อสมชาย เบอร์ 081 234 5678', output: 'ฉันชื่อ[name] เบอร์ [phone]', secrets: ['สมชาย', '234 5678'] }],
  ur: [{ input: 'میرا نام عمران ہے اور میرا نمبر 0300 1234567 ہے', output: 'میرا نام [name] ہے اور میرا نمبر [phone] ہے', secrets: ['عمران', '1234567'] }],
};

/**
 * The done-when message: a name introduced as such, a phone number, an email and a WeChat
 * id, in several languages. Only placeholders may remain of the personal data.
 */
export const DONE_WHEN: Record<string, Case> = {
  en: {
    input: 'My name is Li Wei, my number is 021 123 4567, email li.wei88@gmail.com and my WeChat is liwei_88',
    output: 'My name is [name], my number is [phone], email [email] and my WeChat is [handle]',
    secrets: ['Li Wei', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  'zh-Hans': {
    input: '我叫李伟，手机021 123 4567，邮箱li.wei88@gmail.com，微信号：liwei_88',
    output: '我叫[name]，手机[phone]，邮箱[email]，微信号：[handle]',
    secrets: ['李伟', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  ar: {
    input: 'اسمي هو لي وي، رقمي 021 123 4567، بريدي li.wei88@gmail.com و WeChat: liwei_88',
    output: 'اسمي هو [name]، رقمي [phone]، بريدي [email] و WeChat: [handle]',
    secrets: ['لي وي', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  ko: {
    input: '제 이름은 이웨이입니다. 전화 021 123 4567, 이메일 li.wei88@gmail.com, 위챗 wechat id liwei_88',
    output: '제 이름은 [name]입니다. 전화 [phone], 이메일 [email], 위챗 wechat id [handle]',
    secrets: ['이웨이', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  es: {
    input: 'Me llamo Li Wei, mi número es 021 123 4567, correo li.wei88@gmail.com y mi WeChat es liwei_88',
    output: 'Me llamo [name], mi número es [phone], correo [email] y mi WeChat es [handle]',
    secrets: ['Li Wei', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  ru: {
    input: 'Меня зовут Ли Вэй, мой номер 021 123 4567, почта li.wei88@gmail.com, вичат WeChat ID: liwei_88',
    output: 'Меня зовут [name], мой номер [phone], почта [email], вичат WeChat ID: [handle]',
    secrets: ['Ли Вэй', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  fa: {
    input: 'اسم من لی وی است، شماره‌ام 021 123 4567، ایمیل li.wei88@gmail.com و وی‌چت WeChat: liwei_88',
    output: 'اسم من [name] است، شماره‌ام [phone]، ایمیل [email] و وی‌چت WeChat: [handle]',
    secrets: ['لی وی', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
  hi: {
    input: 'मेरा नाम ली वेई है, नंबर 021 123 4567, ईमेल li.wei88@gmail.com और WeChat id liwei_88',
    output: 'मेरा नाम [name] है, नंबर [phone], ईमेल [email] और WeChat id [handle]',
    secrets: ['ली वेई', '123 4567', 'li.wei88@gmail.com', 'liwei_88'],
  },
};
