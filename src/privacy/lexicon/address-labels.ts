/**
 * Address cues. After an `ADDRESS_LABELS` word the rest of the clause (up to 60 characters) is an
 * address if it holds a digit ("address: 12 queen st", "地址：奥克兰皇后街12号", "주소: 서울시 …").
 * After a `LIVE_AT` phrase only a house number and street are taken ("I live at 12 queen street").
 * Matched case-insensitively; add freely. Words that also mean something else ("पता" is also
 * "know") appear only in unambiguous forms.
 */
export const ADDRESS_LABELS = [
  'address', 'my address', 'home address', 'street address', 'postal address', 'address is',
  '地址', '住址', '家庭住址', '我的地址', '我家地址', '地址是', '住址是',
  'адрес', 'мой адрес', 'домашний адрес', 'адреса', 'моя адреса',
  '주소', '집 주소', '제 주소', '주소는',
  'dirección', 'direccion', 'mi dirección', 'mi direccion', 'domicilio', 'endereço', 'meu endereço', 'morada',
  'عنوان', 'عنواني', 'عنوان منزلي', 'عنوان بيتي', 'آدرس', 'آدرس من', 'آدرسم', 'نشانی', 'میرا پتہ', 'ہمارا پتہ',
  'मेरा पता', 'हमारा पता', 'घर का पता', 'पता:',
  'địa chỉ', 'địa chỉ nhà', '住所', '自宅の住所', 'ที่อยู่', 'tirahan', 'address ko', 'адреса:',
];
/** Connectors between a label and the address ("address is", "地址是", "주소는"). */
export const ADDRESS_CONNECTORS = ['is', 'es', 'é', 'là', 'ay', 'هو', 'است', 'ہے', 'है', '是', '为', '는', '은', 'は', 'คือ'];
/** "I live at …": what follows is an address only if it starts with a house number. */
export const LIVE_AT = [
  'i live at', 'i live on', 'we live at', 'we live on', 'lives at', 'lives on', 'live at', 'staying at', 'i am staying at',
  "i'm staying at", 'my house is at', 'our house is at', 'vivo en', 'vivimos en', 'moro na', 'moro no', 'moro em',
  'я живу на', 'я живу по адресу', 'живу на', 'живу по адресу', 'я живу за адресою', 'أسكن في', 'أعيش في',
  'tôi sống ở', 'tôi sống tại', 'nakatira ako sa', 'nakatira kami sa',
];
/** NZ and English street types, for "12 Queen Street", "45 Dominion Rd". */
export const STREET_TYPES = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'drive', 'dr', 'place', 'pl', 'terrace', 'tce', 'crescent', 'cres',
  'lane', 'ln', 'way', 'close', 'court', 'ct', 'grove', 'parade', 'pde', 'highway', 'hwy', 'boulevard', 'blvd',
  'square', 'sq', 'quay', 'rise', 'mews', 'esplanade', 'heights', 'glen', 'track', 'loop', 'green', 'walk', 'row', 'circle',
];
