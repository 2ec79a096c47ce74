/**
 * Indonesian, Korean, Japanese and Hindi vocabulary for immigration enforcement (and Japan's mistaken overstay arrests for
 * state-databases), from the thirty-eighth collection's dev
 * records (topic definitions: src/matching/README.md): immigration detention and deportation by the names those
 * countries' records use. The matcher folds rules as it folds texts (tokens.ts): Hangul syllables and Devanagari vowel
 * signs are decomposed and dropped alike, so terms are written as the records write them; a prefix counts the letters
 * left after folding (Devanagari "भेज*" folds to two and is too short, so its forms are spelled out). Chinese characters
 * and kana are words of one character each, so a Japanese term matches as a phrase of its characters and NEAR counts
 * characters there.
 */

export const immigrationAsianLanguages = [
  // Indonesia: immigration detention houses (Rudenim) and deportation of foreign nationals
  'Rudenim OR "rumah detensi" OR deportasi OR dideportasi OR mendeportasi* OR pendeportasian OR pendetensian',
  // Korea: crackdowns on illegal stayers, forced removal and the foreigners' protection (detention) centres
  '(불법체류* NEAR/8 (단속* OR 강제퇴거* OR 구금* OR 보호소* OR 혐의*)) OR ((불법 NEAR/1 체류*) NEAR/8 (단속* OR 혐의*)) OR 강제퇴거* OR 외국인보호소*',
  // … and the US immigration authorities' raids and arrests as Korean news reports them
  '이민당국 NEAR/20 (급습* OR 단속* OR 체포*)',
  // Japan: the immigration bureau's detention and removal; illegal overstays ending in arrest, detention or removal
  '(入管 OR 出入国在留管理) NEAR/20 (収容 OR 送還 OR 退去強制)',
  '退去強制 OR 収容令書',
  '(不法残留 OR 不法滞在) NEAR/20 (逮捕 OR 摘発 OR 収容 OR 送還)',
  // Hindi: deportation, and illegal migrants sent back on a plane
  'डिपोर्ट* OR ((अवैध NEAR/3 प्रवासी*) NEAR/20 (वापस OR विमान OR भेजा OR भेजे))',
];

export const databasesAsianLanguages = [
  // Japan: police arresting a foreigner for an illegal overstay by mistake (the stay was being renewed): a status check
  // against immigration records gone wrong (both topics, with the overstay rule above)
  '(不法残留 OR 不法滞在 OR 在留期限) NEAR/30 誤認逮捕',
];
