/**
 * Messaging and social apps, as people name them. A username after one of these becomes `[handle]`
 * ("WeChat: liwei_88", "微信号 liwei88", "my telegram id is xyz"). Phone numbers after an app name
 * ("WhatsApp +64 …") are caught as phones. Matched case-insensitively; add freely.
 *
 * `apps`: names that are not ordinary words, so a username-looking token after them is enough.
 * `ambiguous`: names that are also ordinary words ("line", "signal"): they need "id", ":" or
 * "username" between the name and the token.
 */
export const HANDLE_APPS = [
  'wechat', 'we chat', 'weixin', 'wx', 'vx', 'whatsapp', 'whats app', 'telegram', 'kakaotalk', 'kakao talk', 'kakao',
  'viber', 'skype', 'snapchat', 'discord', 'instagram', 'insta', 'facebook', 'messenger', 'tiktok', 'douyin', 'weibo',
  'twitter', 'qq', 'zalo', 'imo', 'botim', 'threads',
  '微信', '微信号', '微信號', '威信', '抖音', '微博', '小红书', '小紅書', 'ＱＱ',
  '카카오톡', '카톡', '카카오', '라인', '텔레그램', '왓츠앱',
  'вайбер', 'телеграм', 'телеграмм', 'телега', 'ватсап', 'вотсап', 'вацап', 'вконтакте', 'вк', 'скайп',
  'واتساب', 'واتس اب', 'واتس', 'تلگرام', 'تلغرام', 'تيليجرام', 'فيسبوك', 'فیسبوک', 'اینستاگرام', 'انستغرام', 'ایمو', 'سیگنال',
  'व्हाट्सएप', 'वॉट्सऐप', 'टेलीग्राम', 'इंस्टाग्राम', 'फेसबुक',
  'ライン', 'テレグラム',
];
export const HANDLE_AMBIGUOUS = ['line', 'signal', 'ig', 'fb', 'tg'];

/** Words that say the next token is a username: "WeChat ID liwei", "微信号 liwei", "카톡 아이디 minsu". */
export const HANDLE_ID_WORDS = [
  'id', 'i.d.', 'username', 'user name', 'handle', 'nickname', 'user', '号', '號', '账号', '帳號', 'ид', 'ник', 'никнейм', 'логин',
  '아이디', 'آیدی', 'آی دی', 'ایدی', 'معرف', 'आईडी', 'usuario', 'usuário', 'tên', 'ユーザー名',
];
/**
 * Words that may stand between an app and a token without saying it is a username ("my wechat is
 * liwei88", "my facebook account is hacked"): then the token must look like one (digit, "_", ".").
 */
export const HANDLE_WEAK_WORDS = [
  'is', 'was', 'on', 'at', 'account', 'acc', 'number', 'es', 'é', 'là', 'ay', 'это', '是', '为', '為', '는', '은', '이', '가',
];
/** Ordinary words that follow "… id is" and are not usernames. */
export const NOT_USERNAMES = [
  'being', 'not', 'the', 'a', 'an', 'my', 'his', 'her', 'their', 'same', 'private', 'hacked', 'blocked', 'stolen', 'gone',
  'deleted', 'banned', 'monitored', 'fake', 'still', 'also', 'now', 'used', 'locked', 'compromised', 'wrong', 'different',
  'public', 'visible', 'known', 'shared', 'leaked', 'online', 'there', 'here', 'this', 'that', 'it', 'in', 'on', 'and',
];
