/**
 * Words that introduce an identity-document or account number, in the languages we serve.
 * A number after one of these becomes `[id_number]`. Matched case-insensitively; add freely.
 */
export const ID_LABELS: Record<string, string[]> = {
  en: [
    'passport', 'passport no', 'passport number', 'id', 'id no', 'id number', 'id card', 'national id', 'identity card',
    "driver's licence", 'drivers licence', 'driver licence', "driver's license", 'driver license', 'licence', 'license',
    'licence number', 'license number', 'visa', 'visa number', 'ird', 'ird number', 'nhi', 'nhi number', 'student id',
    'account number', 'bank account', 'card number', 'credit card', 'resident card',
  ],
  'zh-Hans': ['护照', '护照号', '护照号码', '身份证', '身份证号', '身份证号码', '签证', '签证号', '驾照', '驾驶证', '银行卡', '卡号', '学生证'],
  'zh-Hant': ['護照', '護照號碼', '身分證', '身份證', '身分證字號', '簽證', '駕照', '居留證', '銀行帳號'],
  ru: ['паспорт', 'загранпаспорт', 'номер паспорта', 'паспорта', 'удостоверение', 'водительское удостоверение', 'инн', 'снилс', 'виза'],
  uk: ['паспорт', 'номер паспорта', 'посвідчення', 'ідентифікаційний код', 'інн'],
  ko: ['여권', '여권번호', '여권 번호', '주민등록번호', '주민번호', '외국인등록번호', '운전면허', '면허번호', '계좌번호', '비자'],
  ja: ['パスポート', '旅券', '旅券番号', '免許証', 'マイナンバー', '在留カード'],
  es: ['pasaporte', 'número de pasaporte', 'dni', 'nie', 'cédula', 'cedula', 'licencia', 'carnet', 'visado'],
  pt: ['passaporte', 'cpf', 'rg', 'identidade', 'carteira de motorista'],
  ar: ['جواز', 'جواز السفر', 'جواز سفري', 'رقم الجواز', 'رقم الهوية', 'الهوية', 'هويتي', 'رخصة القيادة', 'التأشيرة'],
  fa: ['پاسپورت', 'گذرنامه', 'شماره پاسپورت', 'کد ملی', 'کارت ملی', 'شماره ملی', 'گواهینامه', 'ویزا'],
  ur: ['پاسپورٹ', 'شناختی کارڈ', 'شناختی کارڈ نمبر'],
  hi: ['पासपोर्ट', 'पासपोर्ट नंबर', 'आधार', 'आधार नंबर', 'पैन', 'लाइसेंस', 'वीज़ा', 'aadhaar', 'aadhar', 'pan card'],
  vi: ['hộ chiếu', 'số hộ chiếu', 'cmnd', 'cccd', 'căn cước', 'bằng lái'],
  th: ['หนังสือเดินทาง', 'บัตรประชาชน', 'เลขบัตรประชาชน'],
  tl: ['pasaporte', 'numero ng pasaporte'],
};

/** Words between the label and the number: "passport number:", "护照号码是", "номер:", "번호는". */
export const ID_CONNECTORS = [
  'no', 'no.', 'number', 'num', '#', 'nr', 'nr.', 'is', 'was', '号码', '號碼', '号', '號', '是', '为', '番号', '번호', '는', '은',
  'номер', 'número', 'numero', 'رقم', 'شماره', 'नंबर', 'संख्या', 'है', 'số', 'là',
];
