/*
 * Korean particles after figures and ids. Which form a particle takes (을/를, 이/가, 은/는, 과/와,
 * 으로/로) depends on how the word before it ends when read aloud: "1,433.6GB/일" is read "…일"
 * and takes 을; "70%" is read "…퍼센트" and takes 를; "PS-8" is read "…팔" and takes 을.
 */

/** How a word ends when read aloud: a vowel, ㄹ, or another final consonant. */
export type Ending = 'vowel' | 'rieul' | 'consonant';

/** The particles this module chooses, by their form after a final consonant. */
export type Particle = '을' | '이' | '은' | '과' | '으로';

// The form after a vowel, and after ㄹ (only 으로 differs: "일로", not "일으로").
const FORMS: Record<Particle, { vowel: string; consonant: string; rieul: string; unknown: string }> = {
  을: { vowel: '를', consonant: '을', rieul: '을', unknown: '을(를)' },
  이: { vowel: '가', consonant: '이', rieul: '이', unknown: '이(가)' },
  은: { vowel: '는', consonant: '은', rieul: '은', unknown: '은(는)' },
  과: { vowel: '와', consonant: '과', rieul: '과', unknown: '과(와)' },
  으로: { vowel: '로', consonant: '으로', rieul: '로', unknown: '(으)로' },
};

// Sino-Korean digits as read: 일 이 삼 사 오 육 칠 팔 구, and 영 for a 0 read alone.
const DIGIT: Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
// Letter names as Koreans read them: 엘 and 알 end in ㄹ, 엠 and 엔 in another consonant, the rest in a vowel.
const LETTER: Record<string, Ending> = { L: 'rieul', R: 'rieul', M: 'consonant', N: 'consonant' };
// Symbols and units read as words: % 퍼센트, × 배, GB 기가바이트, MB/s …세컨드, Mbit/s …세컨드.
const SYMBOL_ENDINGS: [RegExp, Ending][] = [
  [/[%×]$/, 'vowel'],
  [/(GB|TB|MB|Mbit|MB\/s|Mbit\/s)$/, 'vowel'],
];

/** How `text` ends when read aloud, or null when that can't be told (a word in Latin script, say). */
export function endingOf(text: string): Ending | null {
  const t = text.replace(/[\s)"'”’\]]+$/u, '');
  const last = t.at(-1);
  if (last === undefined) return null;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  for (const [re, ending] of SYMBOL_ENDINGS) if (re.test(t)) return ending;
  if (/[0-9]$/.test(t)) return numberEnding(t);
  // An id in capitals (CS, PS, VM) is read letter by letter; a word in lower case can't be told.
  if (/(^|[^A-Za-z])[A-Z]+$/.test(t)) return LETTER[last] ?? 'vowel';
  return null;
}

/** `text` followed by `particle` in the form that agrees with it (both forms when that can't be told). */
export function withParticle(text: string, particle: Particle): string {
  const ending = endingOf(text);
  return text + FORMS[particle][ending ?? 'unknown'];
}

// A number's last spoken syllable: its last digit, or for round numbers the power of ten (십 백 천 만 억 조).
function numberEnding(t: string): Ending {
  const m = /([0-9][0-9,]*)(\.[0-9]+)?$/.exec(t)!;
  if (m[2]) return DIGIT[Number(m[2].at(-1))]!;
  const digits = m[1]!.replace(/,/g, '');
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT[Number(digits.at(-1))]!;
  if (zeros === digits.length) return 'consonant'; // 0 alone: 영
  // 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ), 억 (ㄱ) end in a consonant; 조 (10¹², and what follows it) in a vowel.
  return zeros >= 12 ? 'vowel' : 'consonant';
}
