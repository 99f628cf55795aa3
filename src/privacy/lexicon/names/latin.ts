import type { NameCues } from './types.js';

const EN_STOP = [
  'and', 'or', 'but', 'from', 'in', 'at', 'on', 'is', 'am', 'are', 'was', 'were', 'i', 'im', "i'm", 'my', 'me', 'he', 'she',
  'they', 'we', 'you', 'it', 'the', 'a', 'an', 'not', 'please', 'help', 'who', 'what', 'how', 'why', 'when', 'where',
  'because', 'so', 'then', 'also', 'too', 'just', 'has', 'have', 'had', 'got', 'gets', 'keeps', 'said', 'says', 'told',
  'lives', 'living', 'works', 'will', 'would', 'can', 'could', 'should', 'does', 'did', 'do', 'here', 'there', 'now',
  'today', 'yesterday', 'tomorrow', 'to', 'of', 'with', 'for', 'about', 'by', 'still', 'been', 'being', 'never', 'always',
  'no', 'yes', 'ok', 'okay', 'thanks', 'hi', 'hello', "doesn't", "didn't", "won't", "isn't", "wasn't", "can't", 'this',
  'that', 'these', 'those', 'back', 'asap', 'if', 'as', 'his', 'her', 'their', 'our', 'your', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'police', 'nzsis', 'netsafe', 'anonymous', 'private',
  'unknown', 'secret', 'important',
];

export const LATIN_NAME_CUES: Record<string, NameCues> = {
  en: {
    script: 'cased',
    intro: [
      'my name is', "my name's", 'my full name is', 'my real name is', 'my first name is', 'my surname is', 'my last name is',
      'my family name is', 'i am called', "i'm called", 'they call me', 'his name is', 'her name is', "his name's",
      "her name's", 'their name is', 'his full name is', 'her full name is',
    ],
    mention: [
      'my brother', 'my sister', 'my mother', 'my mum', 'my mom', 'my father', 'my dad', 'my husband', 'my wife', 'my son',
      'my daughter', 'my friend', 'my cousin', 'my uncle', 'my aunt', 'my partner', 'my boyfriend', 'my girlfriend',
      'my colleague', 'my neighbour', 'my neighbor', 'my grandmother', 'my grandfather', 'my nephew', 'my niece',
      'named', 'a man called', 'a woman called', 'a guy called', 'someone called', 'a person called', 'he is called',
      'she is called', 'call me', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr.',
    ],
    stop: EN_STOP,
  },
  es: {
    script: 'cased',
    intro: ['me llamo', 'mi nombre es', 'mi nombre completo es', 'su nombre es', 'se llama', 'mi apellido es'],
    mention: [
      'mi hermano', 'mi hermana', 'mi madre', 'mi mamá', 'mi padre', 'mi papá', 'mi esposo', 'mi esposa', 'mi marido',
      'mi hijo', 'mi hija', 'mi amigo', 'mi amiga', 'mi primo', 'mi prima', 'mi tío', 'mi tía', 'mi novio', 'mi novia',
      'llamado', 'llamada', 'soy', 'el señor', 'la señora',
    ],
    stop: [
      'y', 'e', 'o', 'de', 'del', 'en', 'es', 'soy', 'tengo', 'estoy', 'que', 'pero', 'por', 'para', 'con', 'me', 'mi', 'no',
      'sí', 'si', 'vivo', 'vive', 'está', 'fue', 'ha', 'le', 'lo', 'la', 'el', 'un', 'una', 'desde', 'porque', 'yo', 'él',
      'ella', 'muy', 'también', 'ahora', 'hoy', 'ayer', 'a', 'al', 'nos', 'se', 'ya', 'gracias', 'hola', 'ayuda', 'policía',
    ],
  },
  pt: {
    script: 'cased',
    intro: ['meu nome é', 'me chamo', 'chamo-me', 'o nome dele é', 'o nome dela é', 'meu sobrenome é'],
    mention: [
      'meu irmão', 'minha irmã', 'minha mãe', 'meu pai', 'meu marido', 'minha esposa', 'minha mulher', 'meu filho',
      'minha filha', 'meu amigo', 'minha amiga', 'meu primo', 'minha prima', 'chamado', 'chamada', 'o senhor', 'a senhora',
    ],
    stop: [
      'e', 'de', 'do', 'da', 'em', 'no', 'na', 'é', 'sou', 'que', 'mas', 'por', 'para', 'com', 'me', 'não', 'eu', 'ele', 'ela',
      'está', 'foi', 'moro', 'mora', 'tenho', 'tem', 'um', 'uma', 'o', 'a', 'muito', 'também', 'agora', 'hoje', 'ontem',
      'desde', 'porque', 'já', 'obrigado', 'obrigada', 'olá', 'ajuda', 'polícia',
    ],
  },
  tl: {
    script: 'cased',
    intro: ['ang pangalan ko ay', 'pangalan ko ay', 'ako si', 'ako po si', 'ang pangalan niya ay'],
    mention: [
      'ang pangalan ko', 'ang kapatid kong si', 'kapatid kong si', 'ang kuya kong si', 'ang ate kong si', 'ang nanay kong si', 'ang tatay kong si',
      'ang asawa kong si', 'ang anak kong si', 'ang kaibigan kong si', 'si',
    ],
    stop: ['ay', 'at', 'na', 'ng', 'sa', 'ko', 'ako', 'siya', 'po', 'ang', 'mga', 'ba', 'rin', 'din', 'lang', 'pero', 'kasi', 'hindi'],
  },
  vi: {
    script: 'cased',
    intro: ['tôi tên là', 'tên tôi là', 'tên của tôi là', 'em tên là', 'mình tên là', 'anh ấy tên là', 'chị ấy tên là', 'cô ấy tên là', 'tôi tên', 'tên là'],
    mention: [
      'anh trai tôi', 'em trai tôi', 'chị gái tôi', 'em gái tôi', 'mẹ tôi', 'bố tôi', 'ba tôi', 'chồng tôi', 'vợ tôi',
      'con trai tôi', 'con gái tôi', 'bạn tôi',
    ],
    stop: [
      'và', 'ở', 'từ', 'là', 'tôi', 'đang', 'bị', 'không', 'có', 'đã', 'người', 'nhưng', 'sống', 'em', 'anh', 'chị', 'của',
      'với', 'cho', 'rất', 'cũng', 'nay', 'hôm', 'vì', 'thì', 'mà', 'được', 'cảnh', 'sát', 'gì',
    ],
    maxWords: 4,
  },
  so: {
    script: 'cased',
    intro: ['magacaygu waa', 'magacayga waa', 'magaciisu waa', 'magaceedu waa'],
    mention: ['magacaygu', 'walaalkay', 'walaashay', 'hooyaday', 'aabahay', 'ninkayga', 'xaaskayga', 'wiilkayga', 'gabadhayda', 'saaxiibkay'],
    stop: ['waa', 'iyo', 'oo', 'ka', 'ku', 'la', 'waxaan', 'aan', 'ma', 'waxa', 'laga', 'ayaa', 'ee', 'in'],
  },
};
